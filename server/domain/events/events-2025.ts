import { event, EU, RU, UA, US, type TalkEvent } from "./event.ts";

/** March–August 2025, oldest first. */
export const EVENTS_2025_SPRING_SUMMER: readonly TalkEvent[] = [
  event({
    id: "2025-03-11-jeddah",
    date: "2025-03-11",
    kind: "talks",
    title: "U.S.–Ukraine talks in Jeddah",
    summary:
      "Ukraine agrees to a U.S. idea of an immediate 30-day ceasefire that could be extended, provided Russia accepts it too. " +
      "Washington restarts intelligence sharing and military aid.",
    actors: [US, UA],
    sources: ["en.interfax.com.ua/news/general/1054814.html", "www.1lurer.am/en/2025/03/11/..."],
    confidence: "high",
  }),
  event({
    id: "2025-03-18-trump-putin-call-energy-truce",
    date: "2025-03-18",
    kind: "truce",
    title: "Trump–Putin call: 30-day pause on energy strikes",
    summary:
      "Putin agrees to stop strikes on energy infrastructure for 30 days (from 18 March, by the Kremlin's account). " +
      "For a full ceasefire Russia wants foreign aid and intelligence to end, Ukraine's mobilisation and rearmament halted and the whole line monitored. " +
      "A 175-for-175 prisoner swap follows on 19 March, with 23 wounded added.",
    actors: [US, RU],
    sources: [
      "unn.ua/en/news/details-of-the-conversation-between-trump-and-putin-the-kremlin-has-published-a-statement",
      "turkiyetoday.com/world/trump-and-putin-agree-to-30-day-energy-truce-...",
    ],
    confidence: "high",
  }),
  event({
    id: "2025-03-23-riyadh-expert-talks",
    date: "2025-03-23",
    endDate: "2025-03-25",
    kind: "talks",
    title: "Riyadh expert talks (U.S. with each side separately)",
    summary:
      "The White House announces safe navigation in the Black Sea, no use of force and no military use of merchant ships, plus work on the energy-strike ban and help for Russian farm exports. " +
      "The Kremlin makes the Black Sea part depend on sanctions relief for Rosselkhozbank and others and a return to SWIFT.",
    actors: [US, UA, RU],
    sources: [
      "www.upday.com/uk/russia-and-ukraine-agree-to-black-sea-ceasefire-us-says",
      "eurointegration.com.ua/eng/news/2025/03/25/7207982",
      "www.themoscowtimes.com/2025/03/25/russia-demands-sanctions-relief-for-black-sea-ceasefire-a88482",
      "en.vestikavkaza.ru/material/174278",
    ],
    confidence: "high",
  }),
  event({
    id: "2025-04-16-energy-moratorium-lapses",
    date: "2025-04-16",
    endDate: "2025-04-18",
    kind: "truce",
    title: "Energy-strike pause runs out",
    summary:
      "The Kremlin says the 30 days are over and no new order was given; each side accuses the other of breaking the pause.",
    actors: [RU, UA],
    sources: [
      "themoscowtimes.com/2025/04/18/pause-in-air-strikes-on-ukraines-energy-grid-has-expired-kremlin-says-a88791",
      "english.pravda.ru/news/world/162103-energy-strikes-moratorium",
    ],
    confidence: "high",
  }),
  event({
    id: "2025-04-19-easter-truce",
    date: "2025-04-19",
    endDate: "2025-04-21",
    kind: "truce",
    title: "Russia's one-sided 30-hour Easter truce",
    summary: "Russia declares a 30-hour pause over Easter, ahead of its 8–10 May truce.",
    actors: [RU],
    sources: ["en.dailypakistan.com.pk/19-Apr-2025/russia-declares-temporary-ceasefire-in-ukraine"],
    confidence: "high",
  }),
  event({
    id: "2025-05-16-istanbul-round-1",
    date: "2025-05-16",
    kind: "talks",
    title: "Istanbul, round 1",
    summary:
      "About two hours of direct talks: a 1,000-for-1,000 prisoner swap and a promise that each side writes down its ceasefire terms. " +
      "Ukraine asks for a Zelensky–Putin meeting; Kyiv says Russia demanded withdrawal from large areas.",
    actors: [RU, UA],
    sources: [
      "www.shine.cn/news/world/2505164726/",
      "www.hindustantimes.com/...-101747404933556.html",
      "avia-pro.net/news/v-stambule-zavershilis-peregovory-rossii-i-ukrainy",
    ],
    confidence: "high",
  }),
  event({
    id: "2025-05-19-trump-putin-call",
    date: "2025-05-19",
    kind: "statement",
    title: "Trump–Putin call: a memorandum, no 30-day ceasefire",
    summary:
      "Putin says he will work with Kyiv on a memorandum about a possible future peace deal, but does not accept the 30-day ceasefire.",
    actors: [US, RU],
    sources: ["finland.news-pravda.com/en/world/2025/05/19/5406.html", "dragon-capitals.com/..."],
    confidence: "high",
  }),
  event({
    id: "2025-05-23-exchange-1000-for-1000",
    date: "2025-05-23",
    endDate: "2025-05-25",
    kind: "exchange",
    title: "1,000-for-1,000 prisoner exchange",
    summary: "The swap agreed in Istanbul is carried out in three stages.",
    actors: [RU, UA],
    sources: ["unn.ua/en/news/the-russian-federation-only-today-during-the-negotiations-handed-over-its-memorandum-..."],
    confidence: "high",
  }),
  event({
    id: "2025-06-02-istanbul-round-2",
    date: "2025-06-02",
    kind: "talks",
    title: "Istanbul, round 2: the two memoranda",
    summary:
      "About an hour. Russia hands over its memorandum; Ukraine had sent its own beforehand. " +
      "Agreed: all severely wounded or ill and all 18–25-year-old prisoners swapped, 6,000 bodies each way, standing medical commissions; Ukraine proposes a leaders' meeting and hands over a list of children.",
    actors: [RU, UA],
    sources: [
      "tass.com/politics/1967401",
      "www.pravda.com.ua/eng/news/2025/06/2/7515266/",
      "bcfausa.org/institute-for-the-study-of-war-russia-ukraine-agree-to-pow-exchange-...",
      "trt.global/world/article/81d13d26fd6a",
    ],
    confidence: "high",
    positions: ["russia-memorandum-2025-06-withdrawal", "russia-memorandum-2025-06-package", "ukraine-memorandum-2025-06"],
  }),
  event({
    id: "2025-06-11-bodies-returned",
    date: "2025-06-11",
    endDate: "2025-06-16",
    kind: "exchange",
    title: "Bodies of the fallen returned",
    summary: "Russia says it delivered 6,060 Ukrainian bodies and received 78; Ukraine counts 6,057 received.",
    actors: [RU, UA],
    sources: ["tass.com/politics/1973609", "am1.news/...9th-ukraine-russia-prisoner-swap..."],
    confidence: "high",
  }),
  event({
    id: "2025-07-14-trump-ultimatum",
    date: "2025-07-14",
    endDate: "2025-07-28",
    kind: "deadline",
    title: "Trump's ultimatum: ceasefire or secondary tariffs",
    summary:
      "Trump gives Russia 50 days to agree a ceasefire or face 100% secondary tariffs, then on 28 July shortens it to 10–12 days (about 8 August).",
    actors: [US],
    sources: ["www.opednews.com/... (2025-07-23)", "metroreport.news/2025/07/28/...", "novinite.com/view_news.php?id=233820"],
    confidence: "medium",
  }),
  event({
    id: "2025-07-23-istanbul-round-3",
    date: "2025-07-23",
    kind: "talks",
    title: "Istanbul, round 3",
    summary:
      "About 40 minutes: 1,200-for-1,200 prisoners, some 3,000 more bodies offered and civilians to be included. " +
      "Russia proposes short truces and three online working groups; Ukraine proposes a leaders' summit by the end of August. Medinsky calls the positions far apart.",
    actors: [RU, UA],
    sources: [
      "www.anews.com.tr/world/2025/07/23/...",
      "tass.com/politics/1993459",
      "www.bgnes.com/politics/russia-and-ukraine-agree-on-new-prisoner-exchange-...",
    ],
    confidence: "high",
  }),
  event({
    id: "2025-08-06-witkoff-putin-moscow",
    date: "2025-08-06",
    kind: "talks",
    title: "Witkoff meets Putin in Moscow",
    summary:
      "Russia reportedly offers to stop if Ukraine gives up all of Donetsk (or all of Donbas), in two stages: withdrawal and a freeze, then a final deal.",
    actors: [US, RU],
    sources: ["www.novinite.com/view_news.php?id=233820", "kaaf.at/en/news/2025/08/09/3372050/..."],
    confidence: "medium",
  }),
  event({
    id: "2025-08-08-alaska-summit-announced",
    date: "2025-08-08",
    kind: "statement",
    title: "Trump announces the Alaska summit",
    summary: "Trump speaks of some exchange of territory between the two sides.",
    actors: [US],
    sources: ["news.abplive.com/...-1793630"],
    confidence: "high",
  }),
  event({
    id: "2025-08-12-zelensky-donetsk",
    date: "2025-08-12",
    kind: "statement",
    title: "Zelensky: Russia wants all of Donetsk",
    summary: "Zelensky says Ukraine still holds 9,000 km² of Donetsk region, a figure higher than the DeepState-based estimate.",
    actors: [UA],
    sources: ["www.inkl.com/news/ukraine-sends-reserves-to-stop-russian-advance-in-east-amid-diplomatic-push (Al Jazeera)"],
    confidence: "medium",
  }),
  event({
    id: "2025-08-15-anchorage-summit",
    date: "2025-08-15",
    kind: "talks",
    title: "Trump–Putin summit in Anchorage",
    summary:
      "Roughly three hours at the Elmendorf-Richardson base and no ceasefire. Putin's terms there later become the Kremlin's \"Anchorage formula\".",
    actors: [US, RU],
    sources: [
      "prshb.com/...putin-demands-full-control-of-donetsk-and-luhansk... (Guardian live)",
      "www.wionews.com/world/putin-told-trump-russia-would-end-war-if-ukraine-gave-up-this-region-...(FT)",
      "irishtimes (FT map)",
    ],
    confidence: "medium",
    positions: ["anchorage-formula-2025-08"],
  }),
  event({
    id: "2025-08-16-trump-drops-ceasefire-first",
    date: "2025-08-16",
    kind: "statement",
    title: 'Trump drops "ceasefire first"',
    summary: "Trump writes that the aim is now a peace agreement directly rather than a ceasefire.",
    actors: [US],
    sources: ["wionews (above)", "dnyuz.com/2025/08/18/how-much-of-ukraine-does-russia-control"],
    confidence: "high",
  }),
  event({
    id: "2025-08-18-white-house-meeting",
    date: "2025-08-18",
    kind: "talks",
    title: "Zelensky and European leaders at the White House",
    summary:
      "Security guarantees provided by Europe, coordinated with the U.S., are discussed. Trump calls Putin to set up a Putin–Zelensky and then a three-way meeting and says no ceasefire is needed.",
    actors: [US, UA, EU],
    sources: [
      "qazinform.com/news/zelenskyy-and-european-leaders-meet-trump-in-washington-...",
      "japantoday.com/...trump-tells-zelenskiy-us-would-help-with-ukraine's-security...",
    ],
    confidence: "high",
  }),
];
