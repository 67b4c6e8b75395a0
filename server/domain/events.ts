import type { Actor } from "./options.ts";

// The dated events of the talks since March 2025, restated in our own words from the brief
// (shared/brief/talks-2025-2026.md, section 1). Where the brief gives a range of confidence
// ("Medium–High", "High/Medium") the lower bound is kept: an event is only as sure as its weakest part.

export const EVENT_KINDS = ["talks", "exchange", "truce", "statement", "proposal", "sanctions", "deadline", "battlefield"] as const;

export interface TalkEvent {
  /** Stable slug, e.g. "2025-06-02-istanbul-round-2". */
  id: string;
  /** First day, YYYY-MM-DD. */
  date: string;
  /** Last day of a multi-day event. */
  endDate: string | null;
  /** The brief gives the day loosely ("late Feb 2026", "~29 Jan"). */
  approximate: boolean;
  kind: (typeof EVENT_KINDS)[number];
  title: string;
  summary: string;
  /** Who acted (for grouping). */
  actors: Actor[];
  /** Addresses as the brief gives them. */
  sources: string[];
  confidence: "high" | "medium" | "low";
  /** Seed keys of the positions this event produced. */
  positions: string[];
}

type Row = Omit<TalkEvent, "endDate" | "approximate" | "positions"> & Partial<Pick<TalkEvent, "endDate" | "approximate" | "positions">>;
const event = (row: Row): TalkEvent => ({ endDate: null, approximate: false, positions: [], ...row });

const RU: Actor = "russia";
const UA: Actor = "ukraine";
const US: Actor = "united_states";
const EU: Actor = "europe";

export const TALK_EVENTS: readonly TalkEvent[] = [
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
    summary: "The Kremlin says the 30 days are over and no new order was given; each side accuses the other of breaking the pause.",
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
    sources: ["www.shine.cn/news/world/2505164726/", "www.hindustantimes.com/...-101747404933556.html", "avia-pro.net/news/v-stambule-zavershilis-peregovory-rossii-i-ukrainy"],
    confidence: "high",
  }),
  event({
    id: "2025-05-19-trump-putin-call",
    date: "2025-05-19",
    kind: "statement",
    title: "Trump–Putin call: a memorandum, no 30-day ceasefire",
    summary: "Putin says he will work with Kyiv on a memorandum about a possible future peace deal, but does not accept the 30-day ceasefire.",
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
    summary: "Trump gives Russia 50 days to agree a ceasefire or face 100% secondary tariffs, then on 28 July shortens it to 10–12 days (about 8 August).",
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
    sources: ["www.anews.com.tr/world/2025/07/23/...", "tass.com/politics/1993459", "www.bgnes.com/politics/russia-and-ukraine-agree-on-new-prisoner-exchange-..."],
    confidence: "high",
  }),
  event({
    id: "2025-08-06-witkoff-putin-moscow",
    date: "2025-08-06",
    kind: "talks",
    title: "Witkoff meets Putin in Moscow",
    summary: "Russia reportedly offers to stop if Ukraine gives up all of Donetsk (or all of Donbas), in two stages: withdrawal and a freeze, then a final deal.",
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
    summary: "Roughly three hours at the Elmendorf-Richardson base and no ceasefire. Putin's terms there later become the Kremlin's \"Anchorage formula\".",
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
    title: "Trump drops \"ceasefire first\"",
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
    sources: ["qazinform.com/news/zelenskyy-and-european-leaders-meet-trump-in-washington-...", "japantoday.com/...trump-tells-zelenskiy-us-would-help-with-ukraine's-security..."],
    confidence: "high",
  }),
  event({
    id: "2025-10-02-last-istanbul-swap",
    date: "2025-10-02",
    kind: "exchange",
    title: "Last prisoner swap under the Istanbul agreements",
    summary: "The last exchange before a five-month pause in swaps.",
    actors: [RU, UA],
    sources: ["www.anews.com.tr/world/2026/02/05/..."],
    confidence: "high",
  }),
  event({
    id: "2025-10-17-freeze-and-12-point-plan",
    date: "2025-10-17",
    endDate: "2025-10-21",
    kind: "proposal",
    title: "Trump urges a freeze; Europe and Ukraine draft 12 points",
    summary:
      "Trump calls for stopping where the armies stand. European states and Ukraine prepare a 12-point plan: ceasefire on the current line, a peace board chaired by Trump, guarantees, fast EU entry, phased sanctions relief that can snap back, and no legal recognition of occupied land. " +
      "Russia privately repeats its demand for all of Donbas.",
    actors: [US, EU, UA],
    sources: [
      "www.spokesman.com/stories/2025/oct/21/europe-and-ukraine-prepare-12-point-proposal-to-en/ (Bloomberg)",
      "english.almayadeen.net/news/politics/europe-proposes-12-point-ukraine-peace-plan-led-by-trump",
    ],
    confidence: "medium",
    positions: ["europe-ukraine-12-points-2025-10"],
  }),
  event({
    id: "2025-10-21-budapest-shelved-oil-sanctions",
    date: "2025-10-21",
    endDate: "2025-10-22",
    kind: "sanctions",
    title: "Budapest summit shelved; U.S. sanctions Rosneft and Lukoil",
    summary: "The first major sanctions of Trump's second term hit Russia's two largest oil companies; the EU adopts its 19th package.",
    actors: [US, EU],
    sources: ["www.novinite.com/view_news.php?id=235053", "www.channelnewsasia.com/world/trump-sanctions-russian-oil-majors-..."],
    confidence: "high",
  }),
  event({
    id: "2025-11-19-us-28-point-plan",
    date: "2025-11-19",
    endDate: "2025-11-21",
    kind: "proposal",
    title: "The U.S. 28-point plan leaks",
    summary:
      "A U.S. draft of 28 points leaks and is presented in Kyiv by Army Secretary Driscoll; Trump sets Thanksgiving (27 Nov) as a deadline. " +
      "No official text exists: it is known from several matching leaked copies.",
    actors: [US],
    sources: [
      "la.lv/nopludinati-visi-28-miera-plana-punkti-...",
      "italy.news-pravda.com/russia/2025/11/21/326906.html",
      "italy.news-pravda.com/russia/2025/11/21/326920.html",
      "kudupinter.com/2025/11/top-news/the-28-points-that-ukraine-must-accept",
      "croatia.news-pravda.com/en/world/2025/11/20/3062.html (CNN summary)",
      "babel.ua/en/news/123193-...",
    ],
    confidence: "medium",
    positions: ["us-28-points-2025-11"],
  }),
  event({
    id: "2025-11-23-e3-counter-proposal",
    date: "2025-11-23",
    kind: "proposal",
    title: "UK, France and Germany answer the 28 points",
    summary: "The three European powers send a reworked text: a larger Ukrainian army, talks on territory starting from the line of contact, and frozen Russian assets kept frozen until Russia pays.",
    actors: [EU],
    sources: ["uanews.net/en/post/143124-full-text-of-europes-counter-proposal-...", "en.protothema.gr/2025/11/23/...", "www.g4media.ro/washington-post-..."],
    confidence: "medium",
    positions: ["e3-counter-proposal-2025-11"],
  }),
  event({
    id: "2025-11-23-geneva-us-ukraine",
    date: "2025-11-23",
    endDate: "2025-11-24",
    kind: "talks",
    title: "Geneva: U.S.–Ukraine talks refine the framework",
    summary:
      "A joint statement speaks of an updated and refined framework that must fully respect Ukraine's sovereignty. " +
      "Reports say it shrank to 19 points, with the troop cap and blanket amnesty dropped and territory left to the presidents.",
    actors: [US, UA],
    sources: [
      "report.az/en/other-countries/white-house-us-ukraine-draft-updated-refined-peace-framework",
      "kyivindependent.com/trump-quite-pleased-with-ukraine-peace-talks-...",
      "newsukraine.rbc.ua/news/no-limits-for-ukraine-s-army-and-no-amnesty-1764012926.html",
    ],
    confidence: "medium",
  }),
  event({
    id: "2025-11-24-abu-dhabi-us-russia",
    date: "2025-11-24",
    endDate: "2025-11-25",
    kind: "talks",
    title: "U.S.–Russia contacts in Abu Dhabi",
    summary: "Driscoll meets Russian representatives in Abu Dhabi.",
    actors: [US, RU],
    sources: ["chennaionline.com/news/trump-envoy-heads-to-kremlin-for-ukraine-talks/amp"],
    confidence: "medium",
  }),
  event({
    id: "2025-11-27-putin-bishkek",
    date: "2025-11-27",
    kind: "statement",
    title: "Putin in Bishkek: the U.S. drafts could be a basis",
    summary:
      "Putin says the U.S. drafts could underpin later agreements, on condition that Ukraine's troops leave \"the territories\" (unclear whether Donbas or all four regions); otherwise Russia will take them by force.",
    actors: [RU],
    sources: ["www.localnewswave.com/article/1046556435587362816 (Reuters)", "www.novinite.com/view_news.php?id=235675", "www.straitstimes.com/world/europe/putin-says-us-ukraine-text-could-form-basis-..."],
    confidence: "high",
  }),
  event({
    id: "2025-12-02-witkoff-kushner-putin",
    date: "2025-12-02",
    kind: "talks",
    title: "Witkoff and Kushner with Putin",
    summary: "Five hours over a 27-point text and four further papers; no compromise on territory yet, some U.S. ideas acceptable to Moscow, others not.",
    actors: [US, RU],
    sources: ["news.novyny.live/en/putin-witkoff-talks-on-ukraine-key-takeaways-297658.html", "news.antiwar.com/?p=165179"],
    confidence: "high",
  }),
  event({
    id: "2025-12-04-putin-donbas-by-force",
    date: "2025-12-04",
    kind: "statement",
    title: "Putin: Donbas by force or by Ukrainian withdrawal",
    summary: "Putin repeats that Russia will take Donbas by arms unless Ukraine's troops leave. Reuters puts Russia at about 19.2% of Ukraine, with Ukraine holding some 5,000 km² of Donetsk.",
    actors: [RU],
    sources: ["8pmnews.com/putin-warns-russia-will-seize-entire-donbas-by-force", "www.newsandcams.com/news/8843/..."],
    confidence: "medium",
  }),
  event({
    id: "2025-12-14-berlin-talks",
    date: "2025-12-14",
    endDate: "2025-12-15",
    kind: "talks",
    title: "Berlin talks",
    summary:
      "The U.S. offers guarantees modelled on NATO's Article 5, to go to Congress, and speaks of 90% agreed, with an army of about 800,000. " +
      "Reuters reports the U.S. told Kyiv a deal needs withdrawal from Donetsk; Zelensky is open to dropping the NATO bid in return for guarantees.",
    actors: [UA, US, EU],
    sources: ["www.newser.com/story/380417/us-offers-ukraine-nato-like-guarantee.html", "radar.am/en/news/world-2731740147", "kyivindependent.com/zelensky-arrives-in-germany-..."],
    confidence: "medium",
  }),
  event({
    id: "2025-12-19-miami",
    date: "2025-12-19",
    endDate: "2025-12-20",
    kind: "talks",
    title: "Dmitriev with Witkoff and Kushner in Miami",
    summary: "The Kremlin says it will judge the drafts by the \"spirit of Anchorage\".",
    actors: [RU, US],
    sources: ["english.pravda.ru/world/165323-zelensky-20-point-peace-plan-us-ukraine"],
    confidence: "medium",
  }),
  event({
    id: "2025-12-23-20-point-framework",
    date: "2025-12-23",
    endDate: "2025-12-24",
    kind: "proposal",
    title: "Zelensky discloses the 20-point framework",
    summary:
      "Zelensky describes the U.S.–Ukrainian framework point by point, with a demilitarised \"free economic zone\" as an alternative for Donetsk. " +
      "There is no official text; this is his account.",
    actors: [UA, US],
    sources: [
      "newsukraine.rbc.ua/news/president-of-ukraine-reveals-20-point-peace-1766566920.html",
      "glavnoe.in.ua/en/news-en/zelenskyy-publishes-20-point-plan-to-end-the-war",
      "112.ua/en/...-125121",
      "www.journal-news.com/... (AP)",
    ],
    confidence: "high",
    positions: ["framework-20-points-2025-12", "framework-20-points-dmz-2025-12"],
  }),
  event({
    id: "2025-12-28-mar-a-lago",
    date: "2025-12-28",
    kind: "talks",
    title: "Trump and Zelensky at Mar-a-Lago",
    summary:
      "Guarantees close to agreed, with 15 years offered by the U.S. against the 30–50 Zelensky wants; the framework about 90% agreed, Donbas and the nuclear plant open. " +
      "Ushakov: Putin told Trump a 60-day ceasefire for a referendum would only prolong the war.",
    actors: [US, UA],
    sources: ["www.channelnewsasia.com/world/trump-zelenskyy-meeting-...-5725216", "www.vividvoicenews.com/2025/12/29/...", "britbrief.co.uk/politics/diplomacy/trump-ukraine-peace-deal-closer-than-ever-before.html"],
    confidence: "high",
  }),
  event({
    id: "2026-01-06-paris-declaration",
    date: "2026-01-06",
    kind: "statement",
    title: "Paris Declaration of the Coalition of the Willing",
    summary:
      "35 states back a multinational force on land, in the air and at sea after a ceasefire, U.S.-led monitoring and an 800,000-strong Ukrainian army. " +
      "The U.K., France and Ukraine sign a declaration on deploying forces; the U.S. supports but does not sign.",
    actors: [EU, UA],
    sources: [
      "www.president.gov.ua/en/news/vazhlivo-sho-sogodni-ye-gruntovni-dokumenti-koaliciyi-ohochi-102317",
      "caliber.az/en/post/paris-talks-end-with-allies-committing-...",
      "whysofrance.com/?p=25767",
    ],
    confidence: "high",
  }),
  event({
    id: "2026-01-22-witkoff-kushner-putin",
    date: "2026-01-22",
    kind: "talks",
    title: "Witkoff and Kushner with Putin again",
    summary: "Ushakov: no lasting peace unless territory is settled along the \"Anchorage\" formula.",
    actors: [US, RU],
    sources: ["www.novinite.com/view_news.php?id=236619", "www.pravda.com.ua/eng/news/2026/01/23/8017532"],
    confidence: "high",
  }),
  event({
    id: "2026-01-23-abu-dhabi-trilateral-1",
    date: "2026-01-23",
    endDate: "2026-01-24",
    kind: "talks",
    title: "Abu Dhabi, first three-way round",
    summary: "The first U.S.–Ukraine–Russia talks since 2022, Russia led by military intelligence chief Kostyukov. Donbas is the core: Russia wants the roughly 20% of Donetsk Ukraine still holds.",
    actors: [US, UA, RU],
    sources: ["www.ynetnews.com/article/syzipcelbl", "en.walaw.press/articles/...", "euromaidanpress.com/2026/01/23/russia-invokes-mysterious-anchorage-formula-..."],
    confidence: "high",
  }),
  event({
    id: "2026-01-29-energy-truce",
    date: "2026-01-29",
    endDate: "2026-02-01",
    approximate: true,
    kind: "truce",
    title: "Short \"energy truce\" in the cold",
    summary: "At Trump's request during extreme cold, the Kremlin says it will not strike Kyiv until 1 February (Trump speaks of a week from 25 January). A massive strike follows on the night to 3 February.",
    actors: [RU, US],
    sources: ["hromadske.ua/en/world/258894-...", "novayagazeta.eu/articles/2026/01/30/..."],
    confidence: "high",
  }),
  event({
    id: "2026-02-04-abu-dhabi-trilateral-2",
    date: "2026-02-04",
    endDate: "2026-02-05",
    kind: "talks",
    title: "Abu Dhabi, second three-way round",
    summary: "A 157-for-157 prisoner swap, the first in five months; a U.S.–Russian military channel reopens; ways to carry out and monitor a ceasefire are discussed.",
    actors: [US, UA, RU],
    sources: ["www.anews.com.tr/world/2026/02/05/...", "gulfnews.com/world/europe/us-russia-military-contacts-resume-...", "en.fnnews.com/news/202602060631227050"],
    confidence: "high",
  }),
  event({
    id: "2026-02-06-us-june-deadline",
    date: "2026-02-06",
    endDate: "2026-02-08",
    kind: "deadline",
    title: "The U.S. wants the war over by early summer",
    summary: "Zelensky says Washington wants the war ended by the start of the summer.",
    actors: [US],
    sources: ["(code-corpus copy of npr.org/2026/02/08/nx-s1-5705967)", "newsrally.com/headline/2026-02-16/..."],
    confidence: "medium",
  }),
  event({
    id: "2026-02-17-geneva-trilateral-3",
    date: "2026-02-17",
    endDate: "2026-02-18",
    kind: "talks",
    title: "Geneva, third three-way round",
    summary:
      "Medinsky leads Russia again; two days of hard but practical talks set up political and military working groups on security. " +
      "The U.S. offers a 15-year guarantee against Ukraine's 30–50; later reports say Russia accepted some U.S. guarantees.",
    actors: [US, UA, RU],
    sources: ["www.rt.com/russia/632714-...", "english.pravda.ru/news/world/165893-...", "newsrally.com/headline/2026-02-16/...", "novayagazeta.eu/amp/articles/2026/03/05/..."],
    confidence: "medium",
  }),
  event({
    id: "2026-02-20-battlefield-turn",
    date: "2026-02-20",
    endDate: "2026-05-31",
    approximate: true,
    kind: "battlefield",
    title: "The battlefield turns",
    summary: "ISW records net Ukrainian gains from late February 2026, the first since 2023, a Russian net loss of 116 km² in April and further Ukrainian gains in May.",
    actors: [UA],
    sources: ["unn.ua/en/news/isw-ukrainian-forces-liberated-more-territory-...", "thedailyscout.com/s/9aZyY-6Rl3A", "news.linxi.com.au/news/ukraine-achieves-net-territorial-gains-in-may-isw-data-shows"],
    confidence: "medium",
  }),
  event({
    id: "2026-02-28-russian-terms-reported",
    date: "2026-02-28",
    approximate: true,
    kind: "proposal",
    title: "Russia's reported terms",
    summary:
      "Reports say Russia would sign if Ukraine leaves all of Donetsk, then leave its pockets in Sumy, Kharkiv and Dnipropetrovsk and drop claims to Ukrainian-held Kherson and Zaporizhzhia, but wants its National Guard in the vacated strip. " +
      "Bloomberg (28 Feb): Moscow sees little use in more talks without a land concession.",
    actors: [RU],
    sources: ["cccv.info/breaking-news/russia-sets-conditions-for-peace-talks-with-ukraine-amid-diplomatic-tensions", "www.straitstimes.com/world/europe/kremlin-says-continuing-talks-with-ukraine-is-in-russias-own-interests"],
    confidence: "low",
    positions: ["russia-terms-2026-02"],
  }),
  event({
    id: "2026-02-28-trilateral-on-hold",
    date: "2026-02-28",
    endDate: "2026-03-05",
    kind: "talks",
    title: "Next three-way round put on hold",
    summary: "With the U.S. and Israel at war with Iran, the round planned in Abu Dhabi for 5–9 March is postponed.",
    actors: [US, UA, RU],
    sources: ["kyivindependent.com/trilateral-peace-talks-on-hold-zelensky-says/", "www.trtworld.com:443/article/3a8b7276ebd2", "www.themoscowtimes.com/2026/03/03/..."],
    confidence: "high",
  }),
  event({
    id: "2026-03-05-exchange-500-for-500",
    date: "2026-03-05",
    endDate: "2026-03-06",
    kind: "exchange",
    title: "500-for-500 prisoner exchange",
    summary: "Agreed in Geneva with UAE and U.S. mediation, carried out in two stages of 200 and 300.",
    actors: [RU, UA],
    sources: ["www.citizen.co.za/news/news-world/russia-ukraine-begin-exchange-of-500-prisoners-of-war/", "www.trtworld.com:443/article/95c144bb42db"],
    confidence: "high",
  }),
  event({
    id: "2026-03-10-russian-donetsk-claim",
    date: "2026-03-10",
    kind: "battlefield",
    title: "Russian claim: Ukraine holds 15–17% of Donetsk",
    summary: "Pushilin and Putin say Ukraine is down to 15–17% of Donetsk region, against about 20–25% half a year before.",
    actors: [RU],
    sources: ["english.pravda.ru/news/hotspots/166122-...", "news.mail.ru/svo/70100482/", "www.devdiscourse.com/article/headlines/3833018-..."],
    confidence: "medium",
  }),
  event({
    id: "2026-06-04-zelensky-open-letter",
    date: "2026-06-04",
    kind: "proposal",
    title: "Zelensky's open letter to Putin",
    summary: "Zelensky proposes a meeting in a neutral country, a full ceasefire while talks last, monitored by the U.S., with the front line as the place diplomacy starts from, and an all-for-all exchange.",
    actors: [UA],
    sources: ["viewsbangladesh.com/zelenskiy-sends-open-letter-inviting-putin-to-peace-talks-to-end-war/ (Reuters)", "news.nikk.co.il/?p=277486"],
    confidence: "high",
    positions: ["zelensky-open-letter-2026-06"],
  }),
  event({
    id: "2026-06-05-putin-spief",
    date: "2026-06-05",
    kind: "statement",
    title: "Putin at SPIEF rejects a meeting for now",
    summary: "Putin sees no point in meeting now, calls the letter rude, wants an agreement before any ceasefire and calls the Anchorage ideas a possible basis that needs concessions from Kyiv; Europe is not a mediator.",
    actors: [RU],
    sources: ["gyalchisarshog.com/... (BBC text)", "news.hanna-ai.com/zh/article/putin-rejects-zelensky-meeting", "rbtfl.xyz/hi/n/putin-zelensky-talks-rebuff.md"],
    confidence: "medium",
  }),
  event({
    id: "2026-06-15-g7-evian",
    date: "2026-06-15",
    kind: "statement",
    title: "G7 at Évian",
    summary: "Zelensky offers to meet Putin at the G7; the Kremlin suggests Moscow instead.",
    actors: [UA, RU],
    sources: ["news.nikk.co.il/?p=279164", "telescroll.me/en/p/20260615-..."],
    confidence: "medium",
  }),
  event({
    id: "2026-07-03-kostiantynivka-claim",
    date: "2026-07-03",
    kind: "battlefield",
    title: "Russian claim: Kostiantynivka taken",
    summary: "A single aggregator reports Gerasimov claiming the capture of Kostiantynivka. No talks were found for July–August 2026.",
    actors: [RU],
    sources: ["rbtfl.xyz/ar/n/russia-kostyantynivka-jul3.md"],
    confidence: "low",
  }),
];
