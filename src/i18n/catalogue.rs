//! The app's string table. Each entry is `Key => "中文", "English";`.
//! Medical sentences are cited where they are shown (see `citations::Source`), not here.

/// Declares a string table: an enum of keys and their `[Chinese, English]` pairs. A
/// feature with many strings keeps its own table (e.g. `assess::say`).
macro_rules! catalogue {
    ($name:ident; $($key:ident => $zh:expr, $en:expr;)*) => {
        /// A user-visible string. Add a key here, with both languages, to use it.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name { $($key,)* }

        impl $name {
            /// Every key, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$key,)*];
        }

        impl $crate::i18n::lang::Words for $name {
            fn pair(self) -> [&'static str; 2] {
                match self { $($name::$key => [$zh, $en],)* }
            }
        }

        /// This table's own test: both languages in every entry, each in its script, with
        /// the same placeholders (`i18n::fill::check_table`). A new table is tested too.
        #[cfg(test)]
        #[test]
        #[allow(non_snake_case)]
        fn $name() {
            $crate::i18n::fill::check_table($name::ALL);
        }
    };
}
pub(crate) use catalogue;

catalogue! {
    AppText;
    // Shell
    AppName => "渐冻症探索", "ALS Explorer";
    AppTagline => "用浅显的语言认识渐冻症（ALS）", "Understanding ALS in plain words";
    MetaDescription =>
        "为渐冻症（肌萎缩侧索硬化，ALS）患者、家属和志愿者制作的双语网页：讲解疾病机制、治疗策略、量表与生物标志物，数据只留在你的设备上。",
        "A bilingual page for people with ALS (amyotrophic lateral sclerosis), their families and volunteers: mechanisms, treatment strategies, scales and biomarkers explained, with your data kept on your device.";
    SkipToContent => "跳到正文", "Skip to main content";
    NavLabel => "主导航", "Main navigation";
    NavMenu => "菜单", "Menu";
    NavHome => "首页", "Home";
    NavAbout => "关于", "About";
    NavStory => "机制故事", "The story";
    NavAssess => "自我评估", "Self-assessment";
    NavExplore => "探索图谱", "Explore";
    NavCore => "核心事件", "Core events";
    NavPath => "因果路径", "Causal paths";
    NavGraph => "机制图", "Graph view";
    ShowInGraph => "在机制图中显示", "Show in the graph";
    StoryShowInGraph => "在机制图中显示本章的事件", "Show this chapter's events in the graph";
    NavTreatments => "治疗策略", "Treatments";
    NavBiomarkers => "生物标志物", "Biomarkers";
    NavStandards => "评估标准", "Standards";
    PageContents => "本页内容", "On this page";
    NavSettings => "设置", "Settings";
    ToolStarting => "正在启动这个工具，马上就可以用……", "Starting this tool; it will be ready in a moment…";
    LangSwitchPrefix => "切换界面语言：", "Switch the interface language: ";
    FooterNotAdvice =>
        "本应用提供的是科普信息，不是医疗建议，不能代替医生的诊断和治疗。任何与治疗有关的决定，请和你的医生商量。",
        "This app gives general information, not medical advice. It does not replace diagnosis or treatment by a doctor. Discuss every decision about treatment with your doctor.";
    FooterPrivacy => "你的数据只保存在这台设备上，不会发送到任何地方。", "Your data stays on this device and is never sent anywhere.";
    FooterVersion => "版本", "Version";
    LoadingApp => "正在加载……", "Loading…";

    // Citations
    SourceLabel => "来源：", "Source: ";
    SeedShort => "志愿者笔记", "Volunteer notes";
    RefTable2 => "表 2", "Table 2";
    TranslatedByProject => "（标题由本项目翻译）", "(title translated by the project)";
    SeedTitleTranslated => "《渐冻症（ALS）志愿研究进展与思考》", "Volunteer research progress and reflections on ALS";
    SeedAuthors => "文献阅读组（Icebreaker 志愿者），2025 年 9 月 8 日", "Volunteer literature group (Icebreaker Volunteers), 8 September 2025";
    RefReview2024Short => "2024 年综述（笔记 §1.2 引用）", "2024 review (cited in notes §1.2)";
    RefReview2024Detail => "2024 年综述，志愿者笔记第 1.2 节引用，其表 2 是治疗策略部分的来源。", "Review from 2024, cited in section 1.2 of the volunteer notes; its Table 2 is the source of the treatment strategies.";
    RefPubmedDetail => "PubMed 文献，出处核对自 dismech 知识库。", "PubMed article, source checked against the dismech knowledge base.";

    // Home
    HomeLead =>
        "渐冻症探索是为渐冻症（肌萎缩侧索硬化，ALS）患者、家属和写作志愿者做的双语网页：用浅显的语言讲解这种病、现有的治疗和医生用的量表，每一句都注明出处。不需要注册，也不收集任何数据。",
        "ALS Explorer is a bilingual page for people living with ALS (amyotrophic lateral sclerosis), their families and the volunteers who write for them: the disease, the treatments that exist and the scales doctors use, in plain words, each sentence with its source. It needs no account and collects no data.";
    HomeStartHeading => "刚确诊？从这里开始", "Just diagnosed? Start here";
    HomeStartStoryTitle => "第 1 章：运动神经元与肌肉", "Chapter 1: motor neurons and muscles";
    HomeStartStoryDesc =>
        "机制故事的第一章：这种病里出问题的是哪些细胞，它们平时做什么。",
        "The first chapter of the story: which cells the disease affects, and what they normally do.";
    HomeStartTreatmentsTitle => "现有的药物", "The medicines that exist";
    HomeStartTreatmentsDesc =>
        "哪些药已经获批、在哪里获批、在试验中证明了什么；哪些说法没有证据。",
        "Which medicines are approved, where, and what they were shown to do in trials; which claims have no evidence.";
    HomeStartAssessTitle => "记录日常功能", "Record daily function";
    HomeStartAssessDesc =>
        "用 ALSFRS-R 量表自我评估，几分钟完成，记录只留在这台设备上，可以打印给医生看。",
        "A self-assessment with the ALSFRS-R scale, a few minutes long; the records stay on this device and can be printed for the doctor.";
    HomeWhatIsAlsHeading => "什么是渐冻症", "What ALS is";
    HomeWhatIsAlsBody1 =>
        "渐冻症的医学名称是肌萎缩侧索硬化（ALS）。在这种病中，大脑和脊髓里负责指挥肌肉的运动神经元会逐渐退化，人对手臂和腿的自主控制随之减弱。",
        "The medical name of ALS is amyotrophic lateral sclerosis. In this disease the motor neurons of the brain and the spinal cord, the nerve cells that command the muscles, degenerate step by step, and voluntary control of the arms and legs is lost with them.";
    HomeWhatIsAlsBody2 =>
        "研究者认为，多种分子机制交织在一起导致运动神经元退化和肌肉功能的逐渐丧失，其中包括蛋白质聚集、神经炎症、氧化应激和兴奋性毒性。",
        "Researchers see several molecular mechanisms working together behind the loss of motor neurons and of muscle function, among them protein aggregation, neuroinflammation, oxidative stress and excitotoxicity.";
    HomeNotesHeading => "志愿者笔记讲了什么", "What the volunteer notes cover";
    HomeNotesIntro =>
        "本应用的内容来自文献阅读组的笔记《渐冻症（ALS）志愿研究进展与思考》（2024 年 8 月至 2025 年 9 月）。笔记分四个方面：",
        "The app's content comes from the notes of a volunteer literature group, \"Volunteer research progress and reflections on ALS\" (the project's translation of the Chinese title; August 2024 to September 2025). The notes cover four areas:";
    HomeNotesGraph =>
        "潜在靶点：一个研究团队整理了六万多个与渐冻症有关的生物学“事件”及其因果关系，并从中筛选出约 700 个核心事件；但要从中找到可以用药的靶点仍然很难。",
        "Possible targets: a research team gathered more than 60,000 biological \"events\" related to ALS with their causal links, and picked out about 700 core events among them; finding targets that a drug can reach in this map is still hard.";
    HomeNotesTreatments =>
        "治疗策略：用小分子抑制异常蛋白聚集、调控神经炎症、用抗氧化手段保护线粒体，以及基因疗法和干细胞疗法；每一类都有自己的长处和局限。",
        "Treatment strategies: small molecules against abnormal protein aggregation, calming neuroinflammation, antioxidant approaches that protect mitochondria, and gene and stem-cell therapies; each has its own strengths and limits.";
    HomeNotesScales =>
        "量表和生物标志物：ALSFRS-R 功能评分量表仍是监管机构评价疗效的主要指标，但它不够敏感；血液中的神经丝轻链（NfL）在 2023 年首次支持了一种药物（Tofersen）的加速批准，但没有哪一种标志物能单独满足所有需要。",
        "Scales and biomarkers: the ALSFRS-R functional rating scale is still the main endpoint regulators use to judge a treatment, though it is not sensitive enough; neurofilament light chain (NfL) in the blood supported the accelerated approval of a drug (tofersen) for the first time in 2023, yet no single marker meets every need.";
    HomeNotesParadigm =>
        "研究方式：笔记提出了一些开放的问题，例如“攻克”渐冻症应该用什么标准衡量，靶点思路本身是否限制了我们，临床试验是否记录了患者同时接受的其他干预。",
        "Ways of doing research: the notes ask open questions, for example by what standard a cure should be judged, whether thinking in single targets limits us, and whether trials record the other treatments patients receive at the same time.";
    HomeForWhomHeading => "为谁而做", "Who it is for";
    HomeForPatients =>
        "患者和家属：常常在手机上用中文阅读；字可以放大，所有操作都能只用键盘完成，按钮足够大。",
        "Patients and families, often reading in Chinese on a phone: the text can be enlarged, everything works with a keyboard alone, and buttons are large.";
    HomeForVolunteers =>
        "写作志愿者：每个页面都有自己的链接，可以直接放进文章里。",
        "Volunteers who write: every page has its own link that can go straight into an article.";
    HomeForOffline =>
        "没有网络的时候：可以把整个应用存成一个文件（约 6 MB），放在手机、电脑或 U 盘里，在病房里不联网也能打开，自评记录保存在打开它的设备上。",
        "When there is no network: the whole app can be saved as one file (about 6 MB) on a phone, a computer or a USB stick and opened on a ward with no network; self-assessments are kept on the device that opens it.";
    ShareTitle => "分享或嵌入", "Share or embed";
    ShareCopyLink => "复制这个页面的链接", "Copy the link to this page";
    ShareLinkCopied => "链接已复制。", "Link copied.";
    ShareCopyFailed => "无法复制，请手动选中并复制。", "Could not copy; please select and copy it by hand.";
    ShareEmbedLabel => "放进文章的嵌入代码", "Code to embed this page in an article";
    ShareCopyCode => "复制嵌入代码", "Copy the embed code";
    ShareCodeCopied => "嵌入代码已复制。", "Embed code copied.";
    ShareDark => "深色", "Dark colours";
    ShareEmbedNote =>
        "嵌入的页面不显示本站的导航；它会把自己的高度告诉文章页面（只有高度，不含其他内容），代码里的小段脚本据此调整框的高度。在嵌入页面里做的自评只保存在本站的浏览器存储中，不会交给文章所在的网站。",
        "The embedded page shows no site navigation; it tells the article its height (the height only, nothing else) and the short script in the code resizes the frame. Self-assessments made in an embed are kept in this site's storage in the browser, never handed to the article's site.";
    ShareCard => "下载分享卡片（PNG 图片，适合不能嵌入网页的平台）", "Download a share card (PNG, for platforms that take no embeds)";
    ShareQr => "这个页面链接的二维码（用手机扫描即可打开）", "QR code of this page's link (scan it with a phone to open it)";
    SharePicturePng => "下载本章的工厂插图（PNG 图片）", "Download this chapter's factory picture (PNG)";
    SharePictureSvg => "下载本章的工厂插图（SVG 矢量图，放大不模糊）", "Download this chapter's factory picture (SVG, sharp at any size)";
    ShareCardNotAdvice => "科普信息，不是医疗建议。", "General information, not medical advice.";
    SharePictureFailed => "图片没能生成，请再试一次。", "The picture could not be made; please try again.";
    EmbedOpenFull => "在渐冻症探索中打开（新窗口）", "Open in ALS Explorer (new window)";
    EmbedStorage =>
        "这是嵌入在其他网页里的自评。您的回答只保存在这个浏览器中属于 {origin} 的存储里，文章所在的网站看不到。",
        "This self-assessment is embedded in another page. Your answers are kept only in this browser's storage for {origin}; the article's site cannot see them.";
    UpdateReady => "有新版本可用。重新载入后使用新版本（您保存的内容不会丢失）。", "A new version is ready. Reload to use it (nothing you saved is lost).";
    UpdateReload => "重新载入", "Reload";
    SaveOffline => "保存离线版（一个文件）", "Save for offline use (one file)";
    HomeAvailableHeading => "现在可以使用", "Available now";
    HomeAvailableAbout =>
        "隐私说明、内容来源、参考文献和引用方式。",
        "Privacy statement, sources of the content, references and how to cite.";
    HomeAvailableSettings =>
        "界面语言、字体大小（最大 200%）、高对比度和减少动画，设置会保存在这台设备上。",
        "Interface language, text size (up to 200%), high contrast and reduced motion, remembered on this device.";

    // About
    AboutPurposeHeading => "目的", "Purpose";
    AboutPurposeBody =>
        "渐冻症探索把一个志愿者文献阅读组的笔记变成患者和家属能读懂、能离线使用、用中文和英文都能读的网页。它帮助人们理解疾病和研究，不提供诊断，也不推荐任何治疗。",
        "ALS Explorer turns the notes of a volunteer literature group into pages that patients and families can understand, use offline, and read in Chinese or English. It helps people understand the disease and the research; it gives no diagnosis and recommends no treatment.";
    AboutPrivacyHeading => "隐私", "Privacy";
    AboutPrivacyBody1 =>
        "这个网页不会把任何数据发送出这台设备。它不使用统计分析、广告、外部字体或内容分发网络，所需的所有文件都和网页放在一起。",
        "This page sends no data off this device. It uses no analytics, no advertising, no external fonts and no content delivery network; every file it needs is served with the page itself.";
    AboutPrivacyBody2 =>
        "你的设置只保存在这个浏览器的本地存储里。你可以在“设置”里恢复默认值，或者在浏览器里清除本网站的数据。",
        "Your settings are kept only in this browser's local storage. You can restore the defaults under Settings, or clear this site's data in your browser.";
    AboutSourcesHeading => "内容来源与许可", "Sources and licences";
    AboutSourcesSeed =>
        "主要内容来源：文献阅读组（Icebreaker 志愿者）的笔记，第一期（2024 年 8 月至 2025 年 3 月）和第二期（2025 年 4 月至 9 月），最后更新于 2025 年 9 月 8 日。",
        "Main source of the content: the notes of the volunteer literature group (Icebreaker Volunteers), phase I (August 2024 to March 2025) and phase II (April to September 2025), last updated on 8 September 2025.";
    AboutSourcesDismech =>
        "生物学事实的文献出处（PubMed 编号）核对自 Monarch Initiative 的 dismech 知识库中关于渐冻症的条目；本应用引用其事实和编号，但所有句子都是自己写的。",
        "The literature sources (PubMed IDs) of biological facts are checked against the ALS entries of the Monarch Initiative's dismech knowledge base; the app cites its facts and IDs, and writes every sentence itself.";
    AboutSourcesTranslation =>
        "所有中文和英文文字都由本项目撰写；凡是翻译英文原文的地方，都是本项目自己的翻译，并会标明。",
        "All Chinese and English text is written by the project; wherever it translates an English original, the translation is the project's own and is marked as such.";
    AboutReferencesHeading => "参考文献", "References";
    AboutCiteHeading => "如何引用", "How to cite";
    AboutCiteBody =>
        "渐冻症探索（ALS Explorer），版本 {version}。开源项目，代码以 MIT 或 Apache-2.0 许可发布。引用具体内容时，请同时引用它所注明的原始文献。",
        "ALS Explorer, version {version}. Open-source project; code released under MIT or Apache-2.0. When you quote a specific statement, cite the original source it names as well.";
    AboutVersionHeading => "版本", "Version";
    AboutVersionBody => "应用版本 {version}。", "App version {version}.";

    // Settings
    SettingsLangLegend => "界面语言", "Interface language";
    SettingsTextSizeLegend => "字体大小", "Text size";
    SettingsTextSizeHint => "所有页面的文字和按钮都会随之放大。", "Text and buttons grow on every page.";
    SettingsDisplayLegend => "显示", "Display";
    SettingsHighContrast => "高对比度（黑底白字，黄色高亮）", "High contrast (white on black, yellow highlights)";
    SettingsReduceMotion => "减少动画", "Reduce motion";
    SettingsReduceMotionHint =>
        "如果你的系统已经设置了减少动画，本应用会自动遵守。",
        "If your system already asks for reduced motion, the app follows it anyway.";
    SettingsReset => "恢复默认设置", "Restore default settings";
    SettingsSaved => "设置已保存在这台设备上。", "Settings are saved on this device.";
    SettingsResetDone => "已恢复默认设置。", "Default settings restored.";
    StorageUnavailable =>
        "这个浏览器不允许网页保存数据（可能是隐私模式或存储已满）。设置在关闭页面之前有效，但不会被保存。",
        "This browser does not let the page save data (private mode, or storage is full). Settings work until you close the page but are not saved.";

    // Mechanism graph data
    DataLoadingCore => "正在载入机制图谱……", "Loading the mechanism graph…";
    DataLoadingFull => "正在后台载入完整的机制图谱", "Loading the full mechanism graph in the background";
    DataReadyCore => "已载入核心机制图谱：{nodes} 个事件，{edges} 条关系。", "Core mechanism graph loaded: {nodes} events, {edges} relations.";
    DataReadyFull => "已载入完整机制图谱：{nodes} 个事件，{edges} 条关系。", "Full mechanism graph loaded: {nodes} events, {edges} relations.";
    DataProgressLabel => "完整机制图谱的载入进度", "Progress of loading the full mechanism graph";
    DataErrorNetwork =>
        "无法读取机制图谱文件：可能没有网络，或者网页是直接从本地文件打开的。你保存的内容不受影响。",
        "The mechanism graph file could not be read: there may be no network, or the page was opened directly from a file. Nothing you saved is affected.";
    DataErrorMissing => "服务器上找不到机制图谱文件。你保存的内容不受影响。", "The mechanism graph file was not found on the server. Nothing you saved is affected.";
    DataErrorVersion => "这个机制图谱文件来自更新的版本，当前版本无法读取。", "This mechanism graph file comes from a newer version and this version cannot read it.";
    DataErrorNotSnapshot => "这不是渐冻症探索的机制图谱文件。", "This is not an ALS Explorer mechanism graph file.";
    DataErrorDamaged => "机制图谱文件已损坏，无法读取。你保存的内容不受影响。", "The mechanism graph file is damaged and cannot be read. Nothing you saved is affected.";
    DataErrorDetail => "技术细节：", "Technical detail: ";
    ContentLoading => "正在载入文字内容……（载入进度见页面底部）", "Loading the texts… (progress at the bottom of the page)";
    ContentFailed =>
        "这些文字随机制图谱文件一起载入，但这个文件无法使用，原因见页面底部。",
        "These texts come with the mechanism graph file, which could not be used; the reason is at the bottom of the page.";
    ContentMissing =>
        "载入的机制图谱文件里没有故事、治疗和阅读页的文字，它可能来自旧版本。请刷新页面，以取得当前的文件。",
        "The loaded mechanism graph file holds no texts for the story, the treatments and the reading pages; it may be from an older version. Reload the page to fetch the current file.";
    ContentUnreadable =>
        "机制图谱文件里的文字无法读取。你保存的内容不受影响。",
        "The texts in the mechanism graph file cannot be read. Nothing you saved is affected.";

    // About: data
    AboutDataHeading => "数据来源、版本与数量", "Data sources, versions and counts";
    AboutDataIntro =>
        "机制图谱由下列公开数据和本项目整理的渐冻症机制层构建。来源、版本和数量都读取自当前载入的图谱文件。",
        "The mechanism graph is built from the public data below and the ALS mechanism layer curated by the project. Sources, versions and counts are read from the graph file now loaded.";
    AboutHpoAck =>
        "表型数据来自人类表型本体（HPO）联盟，版本 {version}。英文名称和关系保持原样；中文名称是本项目的翻译。",
        "Phenotype data come from the Human Phenotype Ontology (HPO) Consortium, release {version}. English names and relations are shown unaltered; Chinese names are the project's own translations.";
    AboutDataWaiting => "机制图谱尚未载入。", "The mechanism graph is not loaded yet.";
    SourcesCaption => "数据来源", "Data sources";
    ColumnSource => "来源", "Source";
    ColumnVersion => "版本", "Version";
    ColumnLicence => "许可", "Licence";
    CountsCaption => "图谱中的数量", "Counts in the graph";
    ColumnWhat => "内容", "What";
    ColumnCount => "数量", "Count";
    CountEvents => "事件（节点）", "Events (nodes)";
    CountRelations => "关系（边）", "Relations (edges)";
    CountChinese => "有中文名称的事件", "Events with a Chinese name";
    CountReferences => "引用的文献", "Cited references";
    KindProcess => "生物过程", "Biological processes";
    KindPhenotype => "表型", "Phenotypes";
    KindMechanism => "渐冻症机制（本项目整理）", "ALS mechanisms (curated by the project)";
    KindGene => "基因", "Genes";
    KindDisease => "疾病", "Diseases";
    WhichFull => "完整图谱", "Full graph";
    WhichCore => "核心图谱", "Core graph";

    // The factory story
    StoryIntro =>
        "把一个运动神经元想象成一座工厂：它接到大脑的订单，把货物（神经信号）沿着长长的传送带送到肌肉。下面的章节一步一步讲渐冻症中这座工厂哪里出了问题，每一句话都注明了出处。",
        "Picture a motor neuron as a factory: it takes orders from the brain and sends its goods (nerve signals) down a long conveyor belt to the muscles. The chapters below walk through what goes wrong in this factory in ALS, step by step, with a source for every sentence.";
    StoryChapterOf => "第 {n} 章，共 {total} 章", "Chapter {n} of {total}";
    StoryScience => "实际发生了什么", "What really happens";
    StoryNodes => "这一章在机制图谱中对应的事件", "Events of the mechanism graph this chapter stands for";
    StoryNodesWaiting => "机制图谱载入后，这里会列出对应的事件。", "The events will be listed here once the mechanism graph has loaded.";
    StoryTherapies => "针对这一步的治疗策略", "Treatment strategies aimed at this step";
    StoryPrev => "上一章", "Previous chapter";
    StoryNext => "下一章", "Next chapter";
    StoryAll => "全部章节", "All chapters";
    StoryContents => "故事目录", "Story contents";
    StoryPager => "翻章", "Turn the chapters";
    StoryKeys => "提示：在章节页面可以用键盘的左右方向键翻章。", "Tip: on a chapter page, the left and right arrow keys turn the chapters.";
    StoryNoChinese => "（暂无中文名）", "(no Chinese name yet)";
    StoryMissing => "没有这一章。", "There is no such chapter.";
    StoryAssessText =>
        "想记录自己或家人的日常功能变化？可以用同一个量表做一次自我评估，答案只保存在这台设备上。",
        "Want to keep track of daily function for yourself or a family member? Fill in the same scale here; the answers stay on this device.";
    StoryAssessLink => "去做 ALSFRS-R 自我评估", "Open the ALSFRS-R self-assessment";
    HomeAvailableAssess =>
        "ALSFRS-R 自我评估：可用键盘、单开关或眼动仪填写，查看分期和变化趋势，打印就诊报告，数据只保存在本机。",
        "ALSFRS-R self-assessment: fill it in by keyboard, one switch or eye tracker, see stages and trends, print a report for the clinic; the data stays on this device.";
    HomeAvailableStory =>
        "用“工厂”的比喻一步步讲清渐冻症的机制，附出处和相关治疗策略。",
        "The mechanisms of ALS told step by step as a factory story, with sources and the treatment strategies for each step.";

    // Treatments
    HomeAvailableTreatments =>
        "先看已经获批的药物（利鲁唑、依达拉奉、托夫生）；每一项都写明在人体中的状态、结论和有日期的来源，并提醒补充剂和干细胞疗法的风险。",
        "The approved medicines first (riluzole, edaravone, tofersen); every entry with its status in people, a plain verdict and dated sources, and a caution about supplements and stem-cell offers.";

    HomeAvailableBiomarkers =>
        "NfL 等生物标志物：它们能说明什么、不能说明什么，以及为什么需要把多种指标结合起来。",
        "NfL and other biomarkers: what they can and cannot tell, and why several need to be combined.";
    HomeAvailableStandards =>
        "确诊、疗效、逆转、生物标志物和药物策略的标准，以及志愿者笔记提出的开放问题。",
        "Standards for diagnosis, treatment outcomes, reversal, biomarkers and drug strategies, and the open questions the notes raise.";

    // Not found
    NotFoundTitle => "找不到这个页面", "Page not found";
    NotFoundBody =>
        "这个链接指向的页面不存在，可能是地址输错了，或者链接来自更新的版本。你要找的地址是：",
        "The link points to a page that does not exist: the address may be mistyped, or the link may come from a newer version. The address was:";
    NotFoundHelp => "你可以从这里继续：", "You can continue from here:";
}
