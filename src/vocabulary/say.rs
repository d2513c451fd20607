//! The graph vocabulary's strings (`GraphWords => "中文", "English";`).

crate::i18n::catalogue! {
GraphWords;
// The kinds of event
KindProcess => "生物过程", "Biological process";
KindPhenotype => "表型", "Phenotype";
KindMechanism => "ALS 机制（本项目整理）", "ALS mechanism (curated by the project)";
KindGene => "基因", "Gene";
KindDisease => "疾病", "Disease";
// Relations, read from an event outwards (Out) or towards it (In)
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
// A process read backwards along a curated `failure_of` edge
FailureOf => "这一过程受损，即本项目整理的机制", "Its failure is the curated mechanism";
// Themes
ThemeGenetics => "遗传", "Genetics";
ThemeRna => "RNA 加工", "RNA processing";
ThemeNucleocytoplasmic => "核质运输", "Nucleocytoplasmic transport";
ThemeStressGranules => "应激颗粒", "Stress granules";
ThemeAggregation => "蛋白聚集", "Protein aggregation";
ThemeAutophagy => "自噬与降解", "Autophagy and degradation";
ThemeMitochondria => "线粒体", "Mitochondria";
ThemeOxidative => "氧化应激", "Oxidative stress";
ThemeExcitotoxicity => "兴奋性毒性", "Excitotoxicity";
ThemeAxonal => "轴突运输", "Axonal transport";
ThemeInflammation => "神经炎症", "Neuroinflammation";
ThemeCellDeath => "细胞死亡", "Cell death";
ThemePhenotype => "临床表现", "Clinical features";
ThemeBiomarker => "生物标志物", "Biomarkers";}
