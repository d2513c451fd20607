//! The explorer's interface strings (`ExploreText => "中文", "English";`).

crate::i18n::catalogue! {
    ExploreText;
    ExploreIntro =>
        "在机制图谱里查找事件：生物过程、表型、基因、疾病和本项目整理的 ALS 机制。可以输入中文或英文名称、编号（如 GO:0006979、HP:0001250、OMIM、ORPHA）、基因符号或别名（如 TDP-43），拼错一两个字母也能找到；治疗（如 利鲁唑）、故事章节和阅读页也在这里。",
        "Find events in the mechanism graph: biological processes, phenotypes, genes, diseases and the ALS mechanisms curated by the project. Type a Chinese or English name, an id (such as GO:0006979, HP:0001250, OMIM, ORPHA), a gene symbol or alias (such as TDP-43); a letter or two wrong is forgiven. Treatments (such as riluzole), story chapters and reading pages are found here too.";
    SearchLabel => "搜索事件", "Search events";
    SearchHint => "输入后用下方向键进入结果，回车打开。", "Type, then press the down arrow to reach the results and Enter to open one.";
    SearchResults => "找到 {n} 个事件", "{n} events found";
    SearchShown => "共 {total} 个事件，显示 {n} 个", "{n} of {total} events shown";
    ShowMore => "显示更多", "Show more";
    MatchAlias => "别名：", "alias: ";
    MatchName => "全名：", "full name: ";
    MatchNear => "近似匹配：", "near match: ";
    MatchExact => "完全匹配", "exact match";
    OtherHeading => "治疗、故事和阅读页", "Treatments, story and reading pages";
    KindTreatment => "治疗", "Treatment";
    KindChapter => "故事章节", "Story chapter";
    KindPage => "阅读页", "Reading page";
    AimsAt => "针对的机制：", "aims at: ";
    SearchNone => "没有找到匹配的事件。", "No matching event.";
    SearchPreparing => "正在准备搜索……", "Preparing the search…";
    SearchWaiting => "图谱还在加载，加载完成后就可以搜索。", "The graph is still loading; search works once it has loaded.";
    MatchedBy => "匹配：", "matched: ";
    EventKind => "类别", "Kind";
    EventId => "编号", "Id";
    EventOtherName => "英文名称", "Chinese name";
    EventProjectTranslation => "（本项目翻译）", "(the project's translation)";
    EventNotFound => "图谱中没有这个编号的事件。", "There is no event with this id in the graph.";
    EventWaitFull => "这个事件在完整图谱里，完整图谱正在加载……", "This event is in the full graph, which is still loading…";
    EventAbout => "说明", "About";
    EventCore => "核心事件评分", "Core-event scores";
    EventCoreRank => "在默认的核心事件排名中位列第 {rank} 名（共 {n} 个候选）。", "Ranked {rank} among the default core events ({n} candidates).";
    EventCoreNot => "不在默认的 700 个核心事件之中。", "Not among the 700 default core events.";
    EventCoreParts =>
        "综合得分 {c}；三项得分的百分位：网络传播 {p}，富集 {e}，因果位置 {k}（百分位越高越靠前）。",
        "Combined score {c}; the three scores as percentiles: propagation {p}, enrichment {e}, causal position {k} (higher is nearer the top).";
    EventCoreCombined =>
        "综合得分 {c}（三项得分在候选事件中的百分位按权重的平均）。三项得分按各自的含义：",
        "Combined score {c} (the weighted mean of the three scores' percentiles among the candidate events). The three measures in their own terms:";
    EventNeighbours => "相邻的事件", "Linked events";
    EventShowMore => "再显示 {n} 个", "Show {n} more";
    EventShown => "显示 {shown}/{total}", "{shown} of {total} shown";
    EventStory => "提到它的故事章节", "Story chapters that mention it";
    EventTherapies => "针对它的治疗策略", "Treatment strategies aimed at it";
    EventCopy => "复制链接", "Copy link";
    EventCopied => "链接已复制。", "Link copied.";
    EventCopyFailed => "无法自动复制，请手动复制上面的地址。", "Could not copy automatically; copy the address above by hand.";
    EventLink => "这个页面的链接", "Link to this page";
    EventEvidence => "证据", "evidence";
    // The core-event panel
    CoreIntro =>
        "核心事件是在机制图谱中与 ALS 关系最紧密的生物过程和机制。排名综合三项得分：从 ALS 相关基因出发的网络传播、ALS 基因在其下方的富集程度，以及它在因果链中的位置。调整权重和筛选条件，排名会在浏览器里立即重新计算。这是帮助理解的探索工具，不是医学结论。",
        "Core events are the biological processes and mechanisms most closely tied to ALS in the mechanism graph. The ranking combines three scores: network propagation from the ALS genes, the enrichment of ALS genes below the event, and its position in causal chains. Change the weights and filters and the ranking is recomputed in the browser at once. This is a tool for exploring, not a medical finding.";
    CoreWeights => "三项得分的权重", "Weights of the three scores";
    CoreWeightsHint => "用加减按钮或滑块调整，0 表示不计这一项，1 是默认值。", "Use the buttons or the slider; 0 leaves a score out, 1 is the default.";
    CorePropagation => "网络传播", "Propagation";
    CoreEnrichment => "基因富集", "Enrichment";
    CoreCausal => "因果位置", "Causal position";
    CoreTop => "显示前几名", "How many to show";
    CoreKinds => "包括哪些类别", "Kinds included";
    CoreThemes => "只看这些主题", "Only these themes";
    CoreThemesHint => "不选则包括全部主题。", "None chosen: every theme.";
    CoreReset => "恢复默认", "Reset to defaults";
    CorePublic => "只用公开数据", "Public data only";
    CorePublicHint => "不用本项目整理的 ALS 机制及其链接，只按公开数据（GO、HPO 及其注释）排名；整理的机制不再列出。", "Rank without the ALS mechanisms curated by the project and their links, on public data alone (GO, HPO and their annotations); the curated mechanisms are then not listed.";
    CoreExport => "下载 CSV", "Download CSV";
    CoreWaitFull => "按新的设置重新排名需要完整的机制图谱，它正在加载……", "Ranking with these settings needs the full mechanism graph, which is still loading…";
    CoreScoring => "正在计算整个图谱的得分，计算时页面照常可用……", "Working out the scores of the whole graph; the page stays usable meanwhile…";
    CoreSeeds => "种子基因", "Seed genes";
    CoreSeedsHint => "不选时，用整个 ALS 种子集：{g} 个基因、{d} 种疾病和 {p} 个表型（名为肌萎缩侧索硬化的疾病，以及它们的基因和表型）。选中几个基因，就只从这些基因出发计算核心事件，例如看看从 SOD1 出发时排在前面的是哪些事件。", "With none chosen, the whole ALS seed set is used: {g} genes, {d} diseases and {p} phenotypes (the diseases named amyotrophic lateral sclerosis, with their genes and phenotypes). Choose genes to work out the core events from those genes alone, for example to see which events lead when starting from SOD1.";
    CoreSeedsClear => "清除选择（用整个种子集）", "Clear the choice (use the whole seed set)";
    CoreCaption => "排名前 {n} 的核心事件（得分为百分位：低于它的候选事件所占比例）", "The top {n} core events (scores as percentiles: the share of candidate events below)";
    CoreCaptionTerms =>
        "排名前 {n} 的核心事件：网络传播为第一名的几倍；富集为它下方的基因中 ALS 种子基因的个数，q 为错误发现率，q > 0.05 为不显著；因果位置为从基因到表型的流量中经过它的比例",
        "The top {n} core events: propagation as a multiple of the top event's; enrichment as the ALS seed genes among the genes below it, with q the false discovery rate, not significant when q > 0.05; causal position as the share of the gene-to-phenotype flow through it";
    CoreRank => "名次", "Rank";
    CoreEvent => "事件", "Event";
    CoreWhyLabel => "为什么排在这里", "Why here";
    CoreWhy =>
        "三项得分在候选事件中的百分位：网络传播 {p}，基因富集 {e}，因果位置 {k}；综合得分是三者按权重的平均。展开后按各自的含义列出数值。",
        "The three scores as percentiles among the candidate events: propagation {p}, enrichment {e}, causal position {k}; the combined score is their weighted mean. Open for the measures in their own terms.";
    CoreWhyTerms =>
        "综合得分 {combined} 是三项得分在候选事件中的百分位按权重的平均；三项得分本身按各自的含义列在这一行里。",
        "The combined score {combined} is the weighted mean of the three scores' percentiles among the candidate events; the measures themselves are in this row.";
    CoreWhyNotSignificant => "它的基因富集不显著。", " Its enrichment is not significant.";
    CoreTimesTop => "第一名的 {x} 倍", "{x} × the top event";
    CoreGenesOf => "{n} 个基因中 {k} 个", "{k} of {n} genes";
    CorePQ => "p 值 = {p}，q 值 = {q}", "p = {p}, q = {q}";
    CoreQ => "q 值 = {q}", "q = {q}";
    CoreNotSignificant => "不显著", "not significant";
    CoreNotSignificantQ => "不显著（q > 0.05）", "not significant (q > 0.05)";
    CoreExplainRank => "名次：第 {r} 名（共 {n} 个候选事件）", "Rank: {r} of {n} candidate events";
    CoreExplainUnranked => "名次：不在按这些设置列出的名单中", "Rank: not in the list these settings give";
    CoreExplainPropagation => "网络传播：{x}", "Propagation: {x}";
    CoreExplainEnrichment => "富集：它下方的 {genes}是 ALS 种子基因；{pq}", "Enrichment: {genes} below it are ALS seed genes; {pq}";
    CoreExplainCausal => "因果位置：从基因到表型的流量中有 {s} 经过它", "Causal position: {s} of the gene-to-phenotype flow passes through it";
    CoreSeedGenesBelow => "基因：它下方的 ALS 种子基因", "Genes: the ALS seed genes below it";
    CoreNearestGenes => "基因：最近的种子基因（相隔步数）", "Genes: the nearest seed genes (steps away)";
    CoreNearestPhenotypes => "表型：最近的种子表型（相隔步数）", "Phenotypes: the nearest seed phenotypes (steps away)";
    CoreNearestDiseases => "疾病：最近的种子疾病（相隔步数）", "Diseases: the nearest seed diseases (steps away)";
    CoreNone => "无", "none";
    // Paths
    PathIntro =>
        "选出两个事件，看看图谱中从第一个通向第二个的最佳因果路径。每一步都写明关系、证据和来源；整条路径的方向（促进或抑制）由每一步的方向推出。路径只说明图谱里的连接，不证明真实的因果。",
        "Choose two events to see the best causal paths from the first to the second in the graph. Each step names its relation, evidence and sources; the direction of the whole path (promotes or inhibits) follows from its steps. A path shows links in the graph; it does not prove cause and effect.";
    PathFrom => "起点", "From";
    PathTo => "终点", "To";
    PathChange => "换一个", "Change";
    PathSwap => "交换起点和终点", "Swap the ends";
    PathRuleSummary =>
        "排序：按代价从低到高（每一步按种类和证据计 1、2 或 4），代价相同时步数少的在前，再按事件编号。",
        "Ranked by cost, lowest first (each step counts 1, 2 or 4 by its kind and evidence); equal costs: fewer steps first, then by the events' ids.";
    PathRule =>
        "排序规则：代价越低越靠前。每一步的代价：本项目整理的因果链接 {c}；从一个过程到本项目整理的、即这一过程受损的机制 {f}；基因参与某个过程，有实验证据时 {ae}，否则 {ao}；从基因到相关疾病 {g}；本体中的一步（到更一般的类别或受调控的过程）{o}；从疾病到表型 {p}。代价相同时步数少的在前，再按事件编号排列。每条路径至少经过一个与其他路径不同的事件。",
        "How the paths are ranked: lowest cost first. Each step adds {c} for a curated causal link; {f} from a process to the curated mechanism that is its failure; {ae} for a gene's part in a process shown by experiment, {ao} otherwise; {g} from a gene to its disease; {o} for a step in the ontology (to a more general term or a regulated process); {p} from a disease to a phenotype. Equal costs: fewer steps first, then by the events' ids. Each path passes through at least one event the others do not.";
    PathSignNote =>
        "整体方向由带方向的步骤推出：每个“抑制”翻转一次方向，没有方向的步骤（如“参与的生物过程”）沿用原来的方向。经过“这一过程受损，即本项目整理的机制”的路径整体为“抑制”：在图谱里，这个过程正常运作时抑制终点，它受损时促进终点。",
        "The overall direction comes from the steps that have one: each “inhibits” flips it; steps without one (such as “takes part in”) pass it on. A path through “its failure is the curated mechanism” comes out as “inhibits”: in the graph, the process, working, holds the end back, and its failure drives it.";
    PathCount => "找到 {n} 条路径。", "{n} paths found.";
    PathSummary => "路径 {n}：{hops} 步，代价 {cost}", "Path {n}: {hops} steps, cost {cost}";
    PathNoneSame => "起点和终点是同一个事件。", "The start and the end are the same event.";
    PathNoneStart => "没有找到路径：从起点出发，没有一条路径可以沿着走的连接。", "No path: no link that a path may follow leaves the start.";
    PathNoneEnd => "没有找到路径：没有一条路径可以沿着走的连接通向终点。", "No path: no link that a path may follow leads into the end.";
    PathNoneReach => "没有找到路径：从起点可以到达 {n} 个其他事件，但其中没有一个通向终点。", "No path: the start reaches {n} other events, but none of them leads to the end.";
    PathNoneLong => "没有找到路径：终点要超过 {max} 步才能到达。", "No path: the end is reached only in more than {max} steps.";
    PathInsteadStart => "附近这些事件可以通向终点，可以换作起点：", "Nearby events that do lead to the end, to start from instead:";
    PathInsteadEnd => "起点可以到达附近这些事件，可以换作终点：", "Nearby events the start does reach, to end at instead:";
    PathNoSuggestion => "两步之内没有能连通的事件。", "No event within two links connects.";
    PathPromotes => "整体方向：促进", "overall: promotes";
    PathInhibits => "整体方向：抑制", "overall: inhibits";
    PathUnsigned => "整体方向：未标明", "overall: no direction given";
    PathFromHere => "从这里出发找路径", "Find paths from here";
    // Your own graph
    OwnTitle => "使用自己的图谱文件", "Use your own graph file";
    OwnIntro =>
        "可以打开一个用本项目工具（databuild）生成的机制图谱文件（.bin），在这次访问中代替完整图谱。文件只在这台设备上读取，不会上传，也不会保存。",
        "Open a mechanism graph file (.bin) built with the project's tool (databuild) to use it instead of the full graph for this visit. The file is read on this device only; it is neither uploaded nor saved.";
    OwnLabel => "选择图谱文件", "Choose a graph file";
    OwnReading => "正在读取“{file}”……", "Reading “{file}”…";
    OwnOpened => "正在使用“{file}”：{nodes} 个事件，{edges} 条关系（仅限这次访问）。", "Now using “{file}”: {nodes} events, {edges} relations (for this visit only).";
    OwnRefused => "没有使用“{file}”，图谱保持不变。", "“{file}” was not used; the graph is unchanged.";
    EventDefinition => "定义", "Definition";
    EventSynonyms => "别名", "Also called";
    EventDefinitionSource =>
        "定义和别名来自基因本体（GO）、人类表型本体（HPO）和 NCBI Gene 的原文（英文）。",
        "The definition and other names are quoted from the Gene Ontology, the Human Phenotype Ontology and NCBI Gene (in English).";
    TextLoad => "加载定义和别名", "Load definitions and other names";
    TextLoadHint => "约 1.5 MB；加载后可以看到事件的定义，也能按别名搜索。", "About 1.5 MB; then events show their definitions and search covers other names.";
    TextLoading => "正在加载定义和别名……", "Loading definitions and other names…";
    TextFailed => "定义和别名无法加载（正在使用的图谱没有对应的文件，或网络出错）。", "The definitions and other names could not be loaded (the graph in use has no such file, or the network failed).";
}
