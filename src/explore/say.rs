//! The explorer's interface strings (`Ex => "中文", "English";`).

crate::i18n::catalogue! {
    Ex;
    ExploreIntro =>
        "在机制图谱里查找事件：生物过程、表型、基因、疾病和本项目整理的 ALS 机制。可以输入中文或英文名称、编号（如 GO:0006979、HP:0001250、OMIM、ORPHA）或基因符号，拼错一两个字母也能找到。",
        "Find events in the mechanism graph: biological processes, phenotypes, genes, diseases and the ALS mechanisms curated by the project. Type a Chinese or English name, an id (such as GO:0006979, HP:0001250, OMIM, ORPHA) or a gene symbol; a letter or two wrong is forgiven.";
    SearchLabel => "搜索事件", "Search events";
    SearchHint => "输入后用下方向键进入结果，回车打开。", "Type, then press the down arrow to reach the results and Enter to open one.";
    SearchResults => "找到 {n} 个事件", "{n} events found";
    SearchNone => "没有找到匹配的事件。", "No matching event.";
    SearchPreparing => "正在准备搜索……", "Preparing the search…";
    SearchWaiting => "图谱还在加载，加载完成后就可以搜索。", "The graph is still loading; search works once it has loaded.";
    MatchedBy => "匹配：", "matched: ";
    KindProcess => "生物过程", "Biological process";
    KindPhenotype => "表型", "Phenotype";
    KindMechanism => "ALS 机制（本项目整理）", "ALS mechanism (curated by the project)";
    KindGene => "基因", "Gene";
    KindDisease => "疾病", "Disease";
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
    IsAOut => "属于更一般的类别", "Is a kind of";
    IsAIn => "更具体的类别", "More specific kinds";
    PartOfOut => "是以下事件的一部分", "Part of";
    PartOfIn => "包含的部分", "Has parts";
    RegulatesOut => "调控", "Regulates";
    RegulatesIn => "受以下事件调控", "Regulated by";
    PosOut => "促进（正调控）", "Promotes (positively regulates)";
    PosIn => "受以下事件促进", "Promoted by";
    NegOut => "抑制（负调控）", "Inhibits (negatively regulates)";
    NegIn => "受以下事件抑制", "Inhibited by";
    AnnotOut => "参与的生物过程", "Takes part in";
    AnnotIn => "参与的基因", "Genes taking part";
    PhenoOut => "表现出的表型", "Shows the phenotypes";
    PhenoIn => "出现这个表型的疾病", "Seen in the diseases";
    GeneOfOut => "相关的疾病", "Associated diseases";
    GeneOfIn => "相关的基因", "Associated genes";
    CausesOut => "导致或影响（本项目整理）", "Leads to (curated)";
    CausesIn => "由以下事件引起（本项目整理）", "Caused by (curated)";
}
