import { event, EU, RU, UA, US, type TalkEvent } from "./event.ts";

/** September–December 2025, oldest first. */
export const EVENTS_2025_AUTUMN: readonly TalkEvent[] = [
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
    summary:
      "The first major sanctions of Trump's second term hit Russia's two largest oil companies; the EU adopts its 19th package.",
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
    summary:
      "The three European powers send a reworked text: a larger Ukrainian army, talks on territory starting from the line of contact, and frozen Russian assets kept frozen until Russia pays.",
    actors: [EU],
    sources: [
      "uanews.net/en/post/143124-full-text-of-europes-counter-proposal-...",
      "en.protothema.gr/2025/11/23/...",
      "www.g4media.ro/washington-post-...",
    ],
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
      'Putin says the U.S. drafts could underpin later agreements, on condition that Ukraine\'s troops leave "the territories" (unclear whether Donbas or all four regions); otherwise Russia will take them by force.',
    actors: [RU],
    sources: [
      "www.localnewswave.com/article/1046556435587362816 (Reuters)",
      "www.novinite.com/view_news.php?id=235675",
      "www.straitstimes.com/world/europe/putin-says-us-ukraine-text-could-form-basis-...",
    ],
    confidence: "high",
  }),
  event({
    id: "2025-12-02-witkoff-kushner-putin",
    date: "2025-12-02",
    kind: "talks",
    title: "Witkoff and Kushner with Putin",
    summary:
      "Five hours over a 27-point text and four further papers; no compromise on territory yet, some U.S. ideas acceptable to Moscow, others not.",
    actors: [US, RU],
    sources: ["news.novyny.live/en/putin-witkoff-talks-on-ukraine-key-takeaways-297658.html", "news.antiwar.com/?p=165179"],
    confidence: "high",
  }),
  event({
    id: "2025-12-04-putin-donbas-by-force",
    date: "2025-12-04",
    kind: "statement",
    title: "Putin: Donbas by force or by Ukrainian withdrawal",
    summary:
      "Putin repeats that Russia will take Donbas by arms unless Ukraine's troops leave. Reuters puts Russia at about 19.2% of Ukraine, with Ukraine holding some 5,000 km² of Donetsk.",
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
    sources: [
      "www.newser.com/story/380417/us-offers-ukraine-nato-like-guarantee.html",
      "radar.am/en/news/world-2731740147",
      "kyivindependent.com/zelensky-arrives-in-germany-...",
    ],
    confidence: "medium",
  }),
  event({
    id: "2025-12-19-miami",
    date: "2025-12-19",
    endDate: "2025-12-20",
    kind: "talks",
    title: "Dmitriev with Witkoff and Kushner in Miami",
    summary: 'The Kremlin says it will judge the drafts by the "spirit of Anchorage".',
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
      'Zelensky describes the U.S.–Ukrainian framework point by point, with a demilitarised "free economic zone" as an alternative for Donetsk. ' +
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
    sources: [
      "www.channelnewsasia.com/world/trump-zelenskyy-meeting-...-5725216",
      "www.vividvoicenews.com/2025/12/29/...",
      "britbrief.co.uk/politics/diplomacy/trump-ukraine-peace-deal-closer-than-ever-before.html",
    ],
    confidence: "high",
  }),
];
