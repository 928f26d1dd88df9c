//! The nine languages of the site and everything concord knows per language.
//!
//! Per-language data lives in tables here (one row per language) so that a reader can extend a
//! language without touching the pipeline: site labels, heading words, number formats and scale
//! words. Code elsewhere looks rows up by [`Lang`]; it never branches on a language by name.

use std::fmt;

/// One of the site's nine edition languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Lang {
    Ja,
    En,
    Zh,
    Es,
    Fr,
    Ko,
    De,
    Th,
    Hi,
}

/// The writing system of a language: it decides sentence rules and length units.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Script {
    /// Latin letters with spaces between words (en, de, fr, es).
    Latin,
    /// Han characters with kana (ja) or alone (zh); no spaces, `。！？` end sentences.
    Cjk,
    /// Hangul with spaces between words; Latin punctuation ends sentences.
    Hangul,
    /// Thai: no spaces between words, spaces between phrases and sentences, no sentence marks.
    Thai,
    /// Devanagari: `।` ends sentences.
    Devanagari,
}

/// What one language contributes to each stage, as data.
#[derive(Debug)]
pub struct LangInfo {
    pub lang: Lang,
    /// ISO 639-1 code used in file names and CSV columns.
    pub code: &'static str,
    /// The language's name as the site's language list prints it.
    pub native_name: &'static str,
    pub script: Script,
    /// The decimal separator in numbers (`8,5` in German, `8.5` in English).
    pub decimal: char,
    /// Whether a plain space may separate digit groups (`4 700` in French): pages use a
    /// non-breaking space there, which NFKC turns into a plain one.
    pub space_groups: bool,
    /// Years counted in another era, as (first, last, years ahead of the Common Era): Thai
    /// writes Buddhist-era years (2561 = 2018).
    pub era_years: Option<(u32, u32, u32)>,
    /// Metric units written after a number, beyond the symbols every language uses (`km`,
    /// `°C`): an edition may convert `85 mph` into `135 km/h`, which is no number defect.
    pub metric_units: &'static [&'static str],
    /// Imperial units written after a number (`miles`, `Meilen`, `マイル`): the other side of a
    /// conversion, which concord only accepts between an imperial and a metric quantity.
    pub imperial_units: &'static [&'static str],
    /// Words that open the intro heading (`Einleitung: ...`).
    pub intro_words: &'static [&'static str],
    /// Words that open the conclusion heading (`Schlussfolgerung: ...`).
    pub conclusion_words: &'static [&'static str],
    /// The label of the reference block (`Referenzartikel`).
    pub reference_labels: &'static [&'static str],
    /// Words that precede the source URL in the reference block (`Quelle: https://...`).
    pub source_words: &'static [&'static str],
    /// Labels of a table of contents (`目次`, `Inhaltsverzeichnis`).
    pub toc_labels: &'static [&'static str],
    /// The site's interface labels in this language: skip link, the menu's items, the back link,
    /// the footer's links, the cookie banner in words. A body line that is only one of them is
    /// chrome that leaked into the article (an HTML page without `nav` or `footer`).
    pub chrome_labels: &'static [&'static str],
    /// Number scale words and their multipliers (`Milliarden` = 1e9, `億` = 1e8).
    pub scale_words: &'static [(&'static str, f64)],
    /// Abbreviations whose final period does not end a sentence (without the period).
    pub abbreviations: &'static [&'static str],
    /// Abbreviations that stand before a number (`Sept. 5`, `Nr. 1`): their period ends the
    /// sentence unless a number follows (`enlisting in Sept. He was`).
    pub number_abbreviations: &'static [&'static str],
    /// Names written with an exclamation mark, which ends no sentence (`Yahoo!`).
    pub exclamation_names: &'static [&'static str],
    /// Quotes that close a quotation in this language but open one elsewhere (German `„…“`).
    pub closing_quotes: &'static [char],
    /// Quoting particles: after a closing quote they continue the sentence the quote sits in
    /// (`「…。」と述べた`, `"…입니다." 라고 말했다`).
    pub quote_particles: &'static [&'static str],
    /// Words that open like a quoting particle but start a new sentence after the quote
    /// (`「…。」ところが`, however).
    pub particle_lookalikes: &'static [&'static str],
    /// Words announcing a quotation (`다음과 같이 말했습니다. "…"`, `次のように述べた。「…」`):
    /// the announcing sentence runs on into the quotation, as it would after a colon.
    pub quote_introducers: &'static [&'static str],
    /// Verbs of a short speech attribution written as a sentence of its own after the
    /// quotation (`"…입니다.” 그가 말했다.`): it stays with the quotation, as `"…," he said`
    /// does in English.
    pub speech_verbs: &'static [&'static str],
    /// Words that commonly open a sentence: after an abbreviation or initial that could end a
    /// sentence (`in the U.S. How about`), they decide that it does.
    pub sentence_starters: &'static [&'static str],
    /// Whether a capitalized sentence starter after a lowercase word ends a sentence that lacks
    /// its punctuation (`young voters The stamp duty`): not in German, which capitalizes nouns.
    pub unpunctuated_starts: bool,
    /// Marks after which a clause ends, where a translator may have joined two sentences that
    /// the other editions keep apart (`align::split`): not Chinese `、`, which only separates
    /// the items of a list.
    pub clause_marks: &'static [char],
    /// Sentence endings that close a sentence written without its stop, where the next word
    /// starts something new (`…を開催します先週…`, `…计划”他在…`, `…못했다 그러나…`): in Chinese
    /// and Japanese the next character must not be hiragana (`ますが` goes on), elsewhere a
    /// space must follow.
    /// Candidate points for a consensus split (`align::split`), never boundaries on their own.
    pub bare_ends: &'static [&'static str],
    /// Plain (dictionary) forms a sentence may end on, which mid-sentence also end a relative
    /// clause (`教える方法`, the method that teaches): a candidate point only where a sentence
    /// starter of the language (`この`, `しかし`) follows (`…教えるこの方法では…`).
    pub plain_ends: &'static [&'static str],
    /// Words that open a sentence and mark one where they follow text without any mark, in a
    /// language without spaces (`…伤痛欲绝但是我们…`): candidate points for a consensus split.
    pub bare_starts: &'static [&'static str],
    /// Whether the language capitalizes every noun (German `Rassist`, `Bildung`): a capital
    /// there marks no name, so a capitalized word says nothing about whom or what a sentence
    /// speaks of (`score::findings`: a sentence naming what no other edition names was added).
    pub capitalizes_nouns: bool,
    /// Frequent function words, to tell Latin-script languages apart in running text.
    pub function_words: &'static [&'static str],
    /// Month names, January first, each with its spellings (`Sept`): next to a day number they
    /// state the month, as `7月` does (`14. Juli` = `July 14` = `7月14日`).
    pub months: &'static [&'static [&'static str]],
    /// Weekday names, Monday first, each with its spellings: news sentences date events by them
    /// (`on Saturday` = `am Samstag` = `土曜日に` = `周六`), an anchor between editions as
    /// strong as a number. Latin-script names match at a word's start (`samstags`), the others
    /// anywhere.
    pub weekdays: &'static [&'static [&'static str]],
    /// Words between the two numbers of a range (`3 to 6 inches`, `entre 7 y 15 centímetros`):
    /// the unit after the second number is the first's too.
    pub range_words: &'static [&'static str],
    /// A century and a decade written as two numbers (`20世纪80年代` = the 1980s): the words
    /// after each.
    pub century_decade: Option<(&'static str, &'static str)>,
    /// A decade written by its last two digits (`les années 80`, `los años 80`, `80er`,
    /// `80年代`, `80년대`): the words before the number and the words right after it that mark
    /// one. Read as a year of the 1900s from 30 on (`80` = 1980), as `the 1980s` states it.
    pub decade_marks: (&'static [&'static str], &'static [&'static str]),
    /// How the end of a sentence that was cut short shows in this language (a translation
    /// stopped mid-sentence and closed with a stop): `truncated` needs less of a shortfall
    /// when a sentence of the cell ends so.
    pub cut_marks: CutMarks,
}

/// Ends no finished sentence of a language has: text closed there was cut short.
#[derive(Debug)]
pub enum CutMarks {
    /// Words no sentence ends on before its stop: articles, prepositions, conjunctions,
    /// possessives (`…a su.`, `…pour.`). Not words that also close a clause, such as German
    /// separable prefixes (`an`, `mit`, `aus`: `kam mit.`) or object pronouns (`…told her.`).
    OpenWords(&'static [&'static str]),
    /// Characters no sentence ends on before `。`: particles (`…を。`, `…が。`).
    OpenParticles(&'static [char]),
    /// The syllables sentences end on before their stop (Korean `다`, `요`): any other
    /// syllable there (`…처음으로.`, `…설치된.`) was cut.
    FinalSyllables(&'static [char]),
    /// The script ends no sentence with a period: one right after a word or a number, other
    /// than after these abbreviations (Thai `ดร.`, `ก.ย.`), closes a cut (`…การฟื้นตัวเต็.`,
    /// `…มัธยม 20.`).
    NoStop(&'static [&'static str]),
    /// No known mark (Chinese: particles such as `的` and `了` end sentences too).
    Unknown,
}

/// The site's publication order of editions, used for column order and as the last tie-break
/// when choosing the pivot.
pub const ALL: [Lang; 9] = [
    Lang::Ja,
    Lang::En,
    Lang::Zh,
    Lang::Es,
    Lang::Fr,
    Lang::Ko,
    Lang::De,
    Lang::Th,
    Lang::Hi,
];

const EN_SCALES: &[(&str, f64)] = &[
    ("thousand", 1e3),
    ("million", 1e6),
    ("millions", 1e6),
    ("billion", 1e9),
    ("billions", 1e9),
    ("bn", 1e9),
    ("trillion", 1e12),
];

const EN_NUMBER_ABBREVIATIONS: &[&str] = &[
    "Rs", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "No", "Nos", "p", "pp", "vol", "Fig", "fig", "art", "ch",
];

const LATIN_ABBREVIATIONS_EN: &[&str] = &[
    "Rev", "Det", "Sens", "Reps", "Supt", "Insp", "Messrs", "Hon", "Rt", "N°", "Nº", "Mr", "Mrs",
    "Ms", "Dr", "Prof", "Sr", "Jr", "St", "Mt", "vs", "etc", "e.g", "i.e", "Inc", "Ltd", "Co",
    "Corp", "Gen", "Gov", "Sen", "Rep", "Lt", "Col", "Sgt", "Capt", "U.S", "U.K", "a.m", "p.m",
    "approx", "est", "dept", "Ave", "Blvd", "Rd", "Ft", "ft", "oz", "lb", "vol", "pp", "Fig",
    "fig", "cf", "al",
];

/// One row per language; [`Lang::info`] indexes it.
pub static TABLE: [LangInfo; 9] = [
    LangInfo {
        lang: Lang::Ja,
        code: "ja",
        native_name: "日本語",
        script: Script::Cjk,
        decimal: '.',
        space_groups: false,
        unpunctuated_starts: false,
        clause_marks: &[',', ';', ':', '、', '，', '；', '：', '—', '–'],
        bare_ends: &[
            "ます",
            "です",
            "ました",
            "でした",
            "ません",
            "だ",
            "」",
            "』",
        ],
        era_years: None,
        metric_units: &[
            "キロ",
            "センチ",
            "メートル",
            "ミリ",
            "グラム",
            "リットル",
            "度",
        ],
        imperial_units: &["マイル", "インチ", "フィート", "ポンド", "ヤード", "華氏"],
        intro_words: &["序章", "はじめに", "序論"],
        conclusion_words: &["結論", "おわりに", "結び"],
        reference_labels: &["参考記事"],
        source_words: &["出典", "ソース"],
        toc_labels: &["目次"],
        chrome_labels: &[
            "メインコンテンツにスキップ",
            "記事一覧",
            "新規登録",
            "ログイン",
            "記事一覧に戻る",
            "お問い合わせ",
            "利用規約",
            "プライバシーポリシー",
            "クッキーポリシー",
            "クッキー設定",
        ],
        scale_words: &[
            ("十", 1e1),
            ("百", 1e2),
            ("千", 1e3),
            ("万", 1e4),
            ("億", 1e8),
            ("兆", 1e12),
            ("thousand", 1e3),
            ("million", 1e6),
            ("billion", 1e9),
            ("trillion", 1e12),
        ],
        abbreviations: &[],
        number_abbreviations: &[],
        exclamation_names: &[],
        closing_quotes: &[],
        quote_particles: &["と", "って", "との", "という", "など"],
        particle_lookalikes: &[
            "ところ",
            "とはいえ",
            "とにかく",
            "ともかく",
            "とりあえず",
            "とても",
        ],
        quote_introducers: &["次のように"],
        speech_verbs: &[],
        // Words a Japanese sentence often opens with: after a plain form, they make a point
        // where a sentence lost its stop (`plain_ends`).
        sentence_starters: &[
            "この",
            "これ",
            "その",
            "それ",
            "こうした",
            "また",
            "しかし",
            "だが",
            "一方",
            "さらに",
        ],
        plain_ends: &[
            "る", "た", "だ", "い", "す", "く", "う", "つ", "む", "ぶ", "ぐ",
        ],
        bare_starts: &[],
        capitalizes_nouns: false,
        function_words: &[],
        months: &[],
        weekdays: &[
            &["月曜"],
            &["火曜"],
            &["水曜"],
            &["木曜"],
            &["金曜"],
            &["土曜"],
            &["日曜"],
        ],
        range_words: &["から", "~", "〜", "-", "–"],
        century_decade: Some(("世紀", "年代")),
        decade_marks: (&[], &["年代"]),
        cut_marks: CutMarks::OpenParticles(&[
            'が', 'に', 'を', 'の', 'は', 'で', 'と', 'へ', 'も', 'や',
        ]),
    },
    LangInfo {
        lang: Lang::En,
        code: "en",
        native_name: "English",
        script: Script::Latin,
        decimal: '.',
        space_groups: false,
        unpunctuated_starts: true,
        clause_marks: &[',', ';', ':', '—', '–'],
        bare_ends: &[],
        era_years: None,
        metric_units: &[
            "kilometres",
            "kilometers",
            "metres",
            "meters",
            "centimetres",
            "centimeters",
            "kilograms",
            "litres",
            "liters",
            "degrees Celsius",
        ],
        imperial_units: &[
            "miles", "mile", "mph", "inches", "inch", "feet", "foot", "ft", "pounds", "lb",
            "yards", "degrees", "-degree", "-foot", "-inch", "-mile",
        ],
        intro_words: &["Prologue", "Introduction", "Intro"],
        conclusion_words: &["Conclusion", "Epilogue", "Summary"],
        reference_labels: &["Reference Article", "Reference article", "References"],
        source_words: &["Source"],
        toc_labels: &["Table of Contents", "Contents"],
        chrome_labels: &[
            "Skip to main content",
            "All Articles",
            "Register",
            "Login",
            "Back to Article List",
            "Contact",
            "Terms of Service",
            "Privacy Policy",
            "Cookie Policy",
            "Cookie Settings",
        ],
        scale_words: EN_SCALES,
        abbreviations: LATIN_ABBREVIATIONS_EN,
        number_abbreviations: EN_NUMBER_ABBREVIATIONS,
        exclamation_names: &["Yahoo", "Jeopardy"],
        closing_quotes: &[],
        quote_particles: &[],
        particle_lookalikes: &[],
        quote_introducers: &[],
        speech_verbs: &[],
        sentence_starters: &[
            "A",
            "After",
            "And",
            "As",
            "At",
            "Being",
            "But",
            "Did",
            "Do",
            "For",
            "He",
            "Her",
            "His",
            "How",
            "However",
            "I",
            "If",
            "In",
            "It",
            "Its",
            "Meanwhile",
            "Millions",
            "More",
            "Mr",
            "Mrs",
            "Ms",
            "Dr",
            "She",
            "So",
            "That",
            "The",
            "Their",
            "There",
            "These",
            "They",
            "This",
            "We",
            "What",
            "When",
            "Where",
            "Who",
            "Why",
            "You",
        ],
        plain_ends: &[],
        bare_starts: &[],
        capitalizes_nouns: false,
        function_words: &[
            "the", "and", "of", "to", "is", "in", "that", "with", "for", "was", "are", "has",
            "this", "it",
        ],
        months: &[
            &["January", "Jan"],
            &["February", "Feb"],
            &["March"],
            &["April", "Apr"],
            &["May"],
            &["June"],
            &["July"],
            &["August", "Aug"],
            &["September", "Sept", "Sep"],
            &["October", "Oct"],
            &["November", "Nov"],
            &["December", "Dec"],
        ],
        weekdays: &[
            &["monday"],
            &["tuesday"],
            &["wednesday"],
            &["thursday"],
            &["friday"],
            &["saturday"],
            &["sunday"],
        ],
        range_words: &["to", "-", "–", "and"],
        century_decade: None,
        decade_marks: (&[], &[]),
        cut_marks: CutMarks::OpenWords(&[
            "the", "a", "an", "of", "to", "for", "and", "or", "but", "with", "at", "by", "from",
            "into", "than", "which", "whose", "his", "their", "its", "our", "my", "your", "these",
            "those", "as",
        ]),
    },
    LangInfo {
        lang: Lang::Zh,
        code: "zh",
        native_name: "中文",
        script: Script::Cjk,
        decimal: '.',
        space_groups: false,
        unpunctuated_starts: false,
        clause_marks: &[',', ';', ':', '，', '；', '：', '—', '–'],
        bare_ends: &["”", "」", "』"],
        era_years: None,
        metric_units: &[
            "公里",
            "千米",
            "厘米",
            "毫米",
            "米",
            "公斤",
            "千克",
            "克",
            "升",
            "摄氏度",
            "度",
        ],
        imperial_units: &["英里", "英寸", "英尺", "磅", "码", "华氏"],
        intro_words: &["序章", "引言", "前言"],
        conclusion_words: &["结论", "結論", "结语"],
        reference_labels: &["参考文章", "参考文献"],
        source_words: &["来源", "出处"],
        toc_labels: &["目录", "目錄"],
        chrome_labels: &[
            "跳转到主要内容",
            "全部文章",
            "注册",
            "登录",
            "返回文章列表",
            "联系我们",
            "服务条款",
            "隐私政策",
            "Cookie政策",
            "Cookie设置",
        ],
        scale_words: &[
            ("十", 1e1),
            ("百", 1e2),
            ("千", 1e3),
            ("万", 1e4),
            ("亿", 1e8),
            ("億", 1e8),
            ("兆", 1e12),
            ("thousand", 1e3),
            ("million", 1e6),
            ("billion", 1e9),
            ("trillion", 1e12),
        ],
        abbreviations: &[],
        number_abbreviations: &[],
        exclamation_names: &[],
        closing_quotes: &[],
        quote_particles: &[],
        particle_lookalikes: &[],
        quote_introducers: &[],
        speech_verbs: &[
            "说",
            "说道",
            "表示",
            "称",
            "写道",
            "补充道",
            "指出",
            "问道",
            "解释道",
        ],
        // Words a Chinese sentence often opens with, as jieba cuts them: where a sentence that
        // lost its stop parts (`align::points::seam_point`: `…投票支持 | 在英国…`).
        sentence_starters: &[
            "但", "但是", "然而", "不过", "而", "而且", "此外", "另外", "同时", "因此", "所以",
            "因为", "由于", "如果", "虽然", "尽管", "他", "她", "它", "他们", "她们", "我", "我们",
            "你", "您", "这", "这是", "这一", "这些", "这个", "那", "该", "此", "此举", "此前",
            "据", "据悉", "目前", "在", "对于", "根据", "随着",
        ],
        plain_ends: &[],
        // Not `因此`, `不过`, `目前`, `同时`: `也因此`, `只不过`, `该俱乐部目前`, `的同时`.
        bare_starts: &[
            "但是",
            "但我",
            "但他",
            "但她",
            "但这",
            "然而",
            "此外",
            "另外",
            "与此同时",
        ],
        capitalizes_nouns: false,
        function_words: &[],
        months: &[],
        weekdays: &[
            &["星期一", "周一", "礼拜一"],
            &["星期二", "周二", "礼拜二"],
            &["星期三", "周三", "礼拜三"],
            &["星期四", "周四", "礼拜四"],
            &["星期五", "周五", "礼拜五"],
            &["星期六", "周六", "礼拜六"],
            &["星期日", "星期天", "周日", "礼拜天", "礼拜日"],
        ],
        range_words: &["至", "到", "~", "-", "–"],
        century_decade: Some(("世纪", "年代")),
        decade_marks: (&[], &["年代"]),
        cut_marks: CutMarks::Unknown,
    },
    LangInfo {
        lang: Lang::Es,
        code: "es",
        native_name: "Español",
        script: Script::Latin,
        decimal: ',',
        space_groups: true,
        unpunctuated_starts: true,
        clause_marks: &[',', ';', ':', '—', '–'],
        bare_ends: &[],
        era_years: None,
        metric_units: &[
            "kilómetros",
            "metros",
            "centímetros",
            "milímetros",
            "kilos",
            "kilogramos",
            "gramos",
            "litros",
            "grados",
        ],
        imperial_units: &[
            "millas",
            "milla",
            "pulgadas",
            "pulgada",
            "pies",
            "pie",
            "libras",
            "yardas",
            "grados Fahrenheit",
        ],
        intro_words: &["Prólogo", "Introducción", "Prologo"],
        conclusion_words: &["Conclusión", "Conclusion", "Epílogo"],
        reference_labels: &["Artículo de referencia", "Referencias"],
        source_words: &["Fuente"],
        toc_labels: &["Índice", "Tabla de contenidos", "Contenido"],
        chrome_labels: &[
            "Saltar al contenido principal",
            "Todos los artículos",
            "Registrarse",
            "Iniciar sesión",
            "Volver a la lista de artículos",
            "Contacto",
            "Términos de servicio",
            "Política de privacidad",
            "Política de cookies",
            "Configuración de cookies",
        ],
        scale_words: &[
            ("mil millones", 1e9),
            ("millardos", 1e9),
            ("millardo", 1e9),
            ("mil", 1e3),
            ("millón", 1e6),
            ("millones", 1e6),
            ("billón", 1e12),
            ("billones", 1e12),
        ],
        abbreviations: &[
            "Sr", "Sra", "Srta", "Dr", "Dra", "Ud", "Uds", "etc", "p.ej", "EE.UU", "EE", "UU",
            "Lic", "Lcdo", "Lcda", "Ing", "Arq", "Mt", "St", "Sto", "Sta", "Gral", "Cnel", "Mons",
            "pág", "aprox", "S.A", "Av", "Avda", "Prof", "ej",
        ],
        number_abbreviations: &[
            "ene", "feb", "mar", "abr", "jun", "jul", "ago", "sep", "sept", "oct", "nov", "dic",
            "núm", "No", "p", "pág", "art", "vol", "párrf", "párr", "lun", "mié", "jue", "vie",
            "sáb", "dom", "min",
        ],
        exclamation_names: &[],
        closing_quotes: &[],
        quote_particles: &[],
        particle_lookalikes: &[],
        quote_introducers: &[],
        speech_verbs: &[],
        sentence_starters: &[
            "A", "Además", "Al", "Así", "Aunque", "Como", "Con", "Cuando", "De", "Del", "Desde",
            "Durante", "El", "Ella", "Ellos", "En", "Es", "Esa", "Ese", "Eso", "Esta", "Este",
            "Esto", "Hay", "La", "Las", "Lo", "Los", "Mientras", "No", "Para", "Pero", "Por", "Se",
            "Según", "Sin", "Su", "Sus", "También", "Tras", "Un", "Una", "Y", "Ya", "Yo",
        ],
        plain_ends: &[],
        bare_starts: &[],
        capitalizes_nouns: false,
        function_words: &[
            "el", "la", "los", "las", "y", "de", "que", "en", "es", "por", "del", "con", "una",
            "para",
        ],
        months: &[
            &["enero"],
            &["febrero"],
            &["marzo"],
            &["abril"],
            &["mayo"],
            &["junio"],
            &["julio"],
            &["agosto"],
            &["septiembre", "setiembre"],
            &["octubre"],
            &["noviembre"],
            &["diciembre"],
        ],
        weekdays: &[
            &["lunes"],
            &["martes"],
            &["miércoles"],
            &["jueves"],
            &["viernes"],
            &["sábado"],
            &["domingo"],
        ],
        range_words: &["a", "y", "-", "–"],
        century_decade: None,
        decade_marks: (&["años", "anos"], &[]),
        cut_marks: CutMarks::OpenWords(&[
            "el", "la", "los", "las", "un", "una", "unos", "unas", "de", "del", "al", "en", "con",
            "por", "para", "y", "o", "e", "u", "que", "su", "sus", "mi", "se", "como", "pero",
            "sin", "sobre", "entre", "hasta", "desde", "muy",
        ]),
    },
    LangInfo {
        lang: Lang::Fr,
        code: "fr",
        native_name: "Français",
        script: Script::Latin,
        decimal: ',',
        space_groups: true,
        unpunctuated_starts: true,
        clause_marks: &[',', ';', ':', '—', '–'],
        bare_ends: &[],
        era_years: None,
        metric_units: &[
            "kilomètres",
            "mètres",
            "centimètres",
            "millimètres",
            "kilos",
            "kilogrammes",
            "grammes",
            "litres",
            "degrés",
        ],
        imperial_units: &[
            "milles", "mille", "miles", "pouces", "pouce", "pieds", "pied", "livres", "yards",
        ],
        intro_words: &["Prologue", "Introduction"],
        conclusion_words: &["Conclusion", "Épilogue"],
        reference_labels: &["Article de référence", "Références"],
        source_words: &["Source"],
        toc_labels: &["Table des matières", "Sommaire"],
        chrome_labels: &[
            "Aller au contenu principal",
            "Tous les articles",
            "S'inscrire",
            "Connexion",
            "Retour à la liste des articles",
            "Contact",
            "Conditions d'utilisation",
            "Politique de confidentialité",
            "Politique des cookies",
            "Paramètres des cookies",
        ],
        scale_words: &[
            ("mille", 1e3),
            ("million", 1e6),
            ("millions", 1e6),
            ("milliard", 1e9),
            ("milliards", 1e9),
            ("Md", 1e9),
            ("billion", 1e12),
            ("billions", 1e12),
        ],
        abbreviations: &[
            "M", "MM", "Mme", "Mmes", "Mlle", "Dr", "Pr", "St", "Ste", "etc", "av", "apr", "J.-C",
            "p.ex", "env", "cf", "éd", "S.A",
        ],
        number_abbreviations: &[
            "janv", "févr", "avr", "juil", "sept", "oct", "nov", "déc", "n°", "p", "art", "vol",
        ],
        exclamation_names: &[],
        closing_quotes: &[],
        quote_particles: &[],
        particle_lookalikes: &[],
        quote_introducers: &[],
        speech_verbs: &[],
        sentence_starters: &[
            "Après", "Au", "Aux", "Ce", "Ces", "Cette", "Dans", "Depuis", "Elle", "Elles", "En",
            "Et", "Il", "Ils", "Je", "La", "Le", "Les", "Leur", "Lors", "Mais", "Nous", "On",
            "Pour", "Sa", "Selon", "Ses", "Son", "Un", "Une", "Vous",
        ],
        plain_ends: &[],
        bare_starts: &[],
        capitalizes_nouns: false,
        function_words: &[
            "le", "la", "les", "et", "des", "est", "une", "du", "que", "dans", "pour", "sur",
            "qui", "au",
        ],
        months: &[
            &["janvier"],
            &["février"],
            &["mars"],
            &["avril"],
            &["mai"],
            &["juin"],
            &["juillet"],
            &["août"],
            &["septembre"],
            &["octobre"],
            &["novembre"],
            &["décembre"],
        ],
        weekdays: &[
            &["lundi"],
            &["mardi"],
            &["mercredi"],
            &["jeudi"],
            &["vendredi"],
            &["samedi"],
            &["dimanche"],
        ],
        range_words: &["à", "et", "-", "–"],
        century_decade: None,
        decade_marks: (&["années", "annees"], &[]),
        cut_marks: CutMarks::OpenWords(&[
            "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "à", "au", "aux", "dans",
            "par", "pour", "sur", "avec", "sans", "et", "ou", "mais", "que", "qu", "qui", "son",
            "sa", "ses", "leurs", "cette", "ces", "se", "ne", "très",
        ]),
    },
    LangInfo {
        lang: Lang::Ko,
        code: "ko",
        native_name: "한국어",
        script: Script::Hangul,
        decimal: '.',
        space_groups: false,
        unpunctuated_starts: false,
        clause_marks: &[',', ';', ':', '—', '–'],
        bare_ends: &["다", "요"],
        era_years: None,
        metric_units: &[
            "킬로미터",
            "미터",
            "센티미터",
            "밀리미터",
            "킬로그램",
            "그램",
            "리터",
            "도",
        ],
        imperial_units: &["마일", "인치", "피트", "파운드", "야드", "화씨"],
        intro_words: &["서론", "서문", "프롤로그"],
        conclusion_words: &["결론", "맺음말", "에필로그"],
        reference_labels: &["참고 기사", "참고기사"],
        source_words: &["출처"],
        toc_labels: &["목차"],
        chrome_labels: &[
            "주요 콘텐츠로 건너뛰기",
            "전체 기사",
            "회원가입",
            "로그인",
            "기사 목록으로 돌아가기",
            "문의하기",
            "이용약관",
            "개인정보 처리방침",
            "쿠키 정책",
            "쿠키 설정",
        ],
        scale_words: &[
            ("십", 1e1),
            ("백", 1e2),
            ("천", 1e3),
            ("만", 1e4),
            ("억", 1e8),
            ("조", 1e12),
            ("thousand", 1e3),
            ("million", 1e6),
            ("billion", 1e9),
        ],
        abbreviations: LATIN_ABBREVIATIONS_EN,
        number_abbreviations: EN_NUMBER_ABBREVIATIONS,
        exclamation_names: &[],
        closing_quotes: &[],
        quote_particles: &[
            "라고",
            "이라고",
            "라며",
            "이라며",
            "라는",
            "이라는",
            "하고",
            "고 ",
        ],
        particle_lookalikes: &[],
        quote_introducers: &["다음과 같이"],
        speech_verbs: &[
            "말했다",
            "말했습니다",
            "밝혔다",
            "밝혔습니다",
            "전했다",
            "전했습니다",
            "덧붙였다",
            "덧붙였습니다",
            "대답했다",
            "대답했습니다",
            "설명했다",
            "설명했습니다",
            "물었다",
            "물었습니다",
            "말한다",
            "말합니다",
        ],
        sentence_starters: &[],
        plain_ends: &[],
        bare_starts: &[],
        capitalizes_nouns: false,
        function_words: &[],
        months: &[],
        weekdays: &[
            &["월요일"],
            &["화요일"],
            &["수요일"],
            &["목요일"],
            &["금요일"],
            &["토요일"],
            &["일요일"],
        ],
        range_words: &["~", "-", "–", "에서"],
        century_decade: None,
        decade_marks: (&[], &["년대"]),
        cut_marks: CutMarks::FinalSyllables(&['다', '요', '라', '죠', '까']),
    },
    LangInfo {
        lang: Lang::De,
        code: "de",
        native_name: "Deutsch",
        script: Script::Latin,
        decimal: ',',
        space_groups: true,
        unpunctuated_starts: false,
        clause_marks: &[',', ';', ':', '—', '–'],
        bare_ends: &[],
        era_years: None,
        metric_units: &[
            "Kilometer",
            "Meter",
            "Zentimeter",
            "Millimeter",
            "Kilogramm",
            "Kilo",
            "Gramm",
            "Liter",
            "Grad",
        ],
        imperial_units: &[
            "Meilen",
            "Meile",
            "Zoll",
            "Fuß",
            "Pfund",
            "Yards",
            "Grad Fahrenheit",
        ],
        intro_words: &["Einleitung", "Einführung", "Prolog"],
        conclusion_words: &["Schlussfolgerung", "Fazit", "Schluss", "Epilog"],
        reference_labels: &["Referenzartikel", "Quellenartikel"],
        source_words: &["Quelle"],
        toc_labels: &["Inhaltsverzeichnis", "Inhalt"],
        chrome_labels: &[
            "Zum Hauptinhalt springen",
            "Alle Artikel",
            "Registrieren",
            "Anmelden",
            "Zurück zur Artikelliste",
            "Kontakt",
            "Nutzungsbedingungen",
            "Datenschutzrichtlinie",
            "Cookie-Richtlinie",
            "Cookie-Einstellungen",
        ],
        scale_words: &[
            ("Tausend", 1e3),
            ("Million", 1e6),
            ("Millionen", 1e6),
            ("Mio", 1e6),
            ("Milliarde", 1e9),
            ("Milliarden", 1e9),
            ("Mrd", 1e9),
            ("Billion", 1e12),
            ("Billionen", 1e12),
        ],
        abbreviations: &[
            "Dr", "Prof", "Hr", "Fr", "St", "Mio", "Mrd", "bzw", "ca", "vgl", "evtl", "usw", "z.B",
            "z. B", "u.a", "u. a", "d.h", "d. h", "o.ä", "s.o", "Jh", "Abs", "Str", "inkl", "zzgl",
            "ggf", "Tel", "bspw", "sog", "v. Chr", "n. Chr",
        ],
        number_abbreviations: &[
            "Jan", "Feb", "Mär", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Okt", "Nov", "Dez",
            "Nr", "S", "Abs", "Art", "Bd",
        ],
        exclamation_names: &[],
        closing_quotes: &['“', '‘'],
        quote_particles: &[],
        particle_lookalikes: &[],
        quote_introducers: &[],
        speech_verbs: &[],
        sentence_starters: &[
            "Aber", "Als", "Am", "Auch", "Aus", "Bei", "Dabei", "Damit", "Dann", "Das", "Dem",
            "Den", "Der", "Die", "Dies", "Diese", "Dieser", "Doch", "Ein", "Eine", "Einer",
            "Eines", "Er", "Es", "Für", "Ich", "Ihr", "Ihre", "Im", "In", "Laut", "Mit", "Nach",
            "Seit", "Sie", "Und", "Wenn", "Wir", "Wie", "Was", "Während", "Zudem",
        ],
        plain_ends: &[],
        bare_starts: &[],
        capitalizes_nouns: true,
        function_words: &[
            "der", "die", "und", "das", "ist", "nicht", "mit", "den", "von", "auf", "ein", "eine",
            "sich", "dem", "des", "zu", "im", "für", "auch", "wird", "bei", "sie", "er", "aus",
        ],
        months: &[
            &["Januar", "Jänner"],
            &["Februar"],
            &["März"],
            &["April"],
            &["Mai"],
            &["Juni"],
            &["Juli"],
            &["August"],
            &["September"],
            &["Oktober"],
            &["November"],
            &["Dezember"],
        ],
        weekdays: &[
            &["montag"],
            &["dienstag"],
            &["mittwoch"],
            &["donnerstag"],
            &["freitag"],
            &["samstag", "sonnabend"],
            &["sonntag"],
        ],
        range_words: &["bis", "und", "-", "–"],
        century_decade: None,
        decade_marks: (&[], &["er", "ern"]),
        cut_marks: CutMarks::OpenWords(&[
            "der", "dem", "den", "des", "einer", "eines", "einem", "einen", "und", "oder", "aber",
            "dass", "weil", "wenn", "ob", "für", "von", "vom", "zum", "zur", "im", "ins", "seine",
            "seiner", "seinem", "seinen", "ihre", "ihrer", "ihrem", "ihren", "sehr",
        ]),
    },
    LangInfo {
        lang: Lang::Th,
        code: "th",
        native_name: "ภาษาไทย",
        script: Script::Thai,
        decimal: '.',
        space_groups: false,
        unpunctuated_starts: false,
        clause_marks: &[],
        bare_ends: &[],
        era_years: Some((2400, 2699, 543)),
        metric_units: &[
            "กม.",
            "กิโลเมตร",
            "เมตร",
            "เซนติเมตร",
            "มิลลิเมตร",
            "กิโลกรัม",
            "กรัม",
            "ลิตร",
            "องศา",
        ],
        imperial_units: &["ไมล์", "นิ้ว", "ฟุต", "ปอนด์", "หลา"],
        intro_words: &["บทนำ", "คำนำ"],
        conclusion_words: &["บทสรุป", "สรุป"],
        reference_labels: &["บทความอ้างอิง", "อ้างอิง"],
        source_words: &["ที่มา", "แหล่งที่มา"],
        toc_labels: &["สารบัญ"],
        chrome_labels: &[
            "ข้ามไปที่เนื้อหาหลัก",
            "บทความทั้งหมด",
            "สมัครสมาชิก",
            "เข้าสู่ระบบ",
            "กลับไปที่รายการบทความ",
            "ติดต่อเรา",
            "ข้อกำหนดการใช้งาน",
            "นโยบายความเป็นส่วนตัว",
            "นโยบายคุกกี้",
            "การตั้งค่าคุกกี้",
        ],
        scale_words: &[
            ("ล้านล้าน", 1e12),
            ("แสนล้าน", 1e11),
            ("หมื่นล้าน", 1e10),
            ("พันล้าน", 1e9),
            ("ร้อยล้าน", 1e8),
            ("ล้าน", 1e6),
            ("แสน", 1e5),
            ("หมื่น", 1e4),
            ("พัน", 1e3),
            ("million", 1e6),
            ("billion", 1e9),
        ],
        abbreviations: &[],
        number_abbreviations: &[],
        exclamation_names: &[],
        closing_quotes: &[],
        quote_particles: &[],
        particle_lookalikes: &[],
        quote_introducers: &[],
        speech_verbs: &[],
        sentence_starters: &[],
        plain_ends: &[],
        bare_starts: &[],
        capitalizes_nouns: false,
        function_words: &[],
        months: &[
            &["มกราคม", "ม.ค."],
            &["กุมภาพันธ์", "ก.พ."],
            &["มีนาคม", "มี.ค."],
            &["เมษายน", "เม.ย."],
            &["พฤษภาคม", "พ.ค."],
            &["มิถุนายน", "มิ.ย."],
            &["กรกฎาคม", "ก.ค."],
            &["สิงหาคม", "ส.ค."],
            &["กันยายน", "ก.ย."],
            &["ตุลาคม", "ต.ค."],
            &["พฤศจิกายน", "พ.ย."],
            &["ธันวาคม", "ธ.ค."],
        ],
        weekdays: &[
            &["วันจันทร์"],
            &["วันอังคาร"],
            &["วันพุธ"],
            &["วันพฤหัส"],
            &["วันศุกร์"],
            &["วันเสาร์"],
            &["วันอาทิตย์"],
        ],
        range_words: &["ถึง", "-", "–"],
        century_decade: None,
        decade_marks: (&["ทศวรรษ"], &[]),
        cut_marks: CutMarks::NoStop(&[
            "มร",
            "ดร",
            "นพ",
            "พญ",
            "ผศ",
            "รศ",
            "พล.อ",
            "ม.ค",
            "ก.พ",
            "มี.ค",
            "เม.ย",
            "พ.ค",
            "มิ.ย",
            "ก.ค",
            "ส.ค",
            "ก.ย",
            "ต.ค",
            "พ.ย",
            "ธ.ค",
            "พ.ศ",
            "ค.ศ",
            "กม",
            "ดับเบิลยู",
        ]),
    },
    LangInfo {
        lang: Lang::Hi,
        code: "hi",
        native_name: "हिंदी",
        script: Script::Devanagari,
        decimal: '.',
        space_groups: false,
        unpunctuated_starts: false,
        clause_marks: &[',', ';', ':', '—', '–'],
        bare_ends: &[
            "है",
            "हैं",
            "था",
            "थे",
            "थी",
            "गया",
            "गई",
            "गए",
            "गा",
            "गी",
            "गे",
        ],
        era_years: None,
        metric_units: &[
            "किलोमीटर",
            "मीटर",
            "सेंटीमीटर",
            "मिलीमीटर",
            "किलोग्राम",
            "ग्राम",
            "लीटर",
            "डिग्री",
        ],
        imperial_units: &["मील", "इंच", "फ़ीट", "फीट", "फुट", "फ़ुट", "पाउंड", "गज"],
        intro_words: &["प्रस्तावना", "परिचय", "भूमिका"],
        conclusion_words: &["निष्कर्ष", "उपसंहार"],
        reference_labels: &["संदर्भ लेख", "संदर्भ"],
        source_words: &["स्रोत"],
        toc_labels: &["विषय सूची", "सामग्री"],
        chrome_labels: &[
            "मुख्य सामग्री पर जाएं",
            "सभी लेख",
            "रजिस्टर करें",
            "लॉग इन करें",
            "लेख सूची पर वापस जाएं",
            "संपर्क करें",
            "सेवा की शर्तें",
            "गोपनीयता नीति",
            "कुकी नीति",
            "कुकी सेटिंग्स",
        ],
        scale_words: &[
            ("हज़ार", 1e3),
            ("हजार", 1e3),
            ("लाख", 1e5),
            ("करोड़", 1e7),
            ("करोड", 1e7),
            ("अरब", 1e9),
            ("खरब", 1e11),
            ("मिलियन", 1e6),
            ("बिलियन", 1e9),
            ("million", 1e6),
            ("billion", 1e9),
        ],
        abbreviations: &["डॉ", "श्री", "सं", "मि", "Dr", "Mr"],
        number_abbreviations: &[],
        exclamation_names: &[],
        closing_quotes: &[],
        quote_particles: &[],
        particle_lookalikes: &[],
        quote_introducers: &[],
        speech_verbs: &[],
        sentence_starters: &[],
        plain_ends: &[],
        bare_starts: &[],
        capitalizes_nouns: false,
        function_words: &[],
        months: &[
            &["जनवरी"],
            &["फ़रवरी", "फरवरी"],
            &["मार्च"],
            &["अप्रैल"],
            &["मई"],
            &["जून"],
            &["जुलाई"],
            &["अगस्त"],
            &["सितंबर", "सितम्बर"],
            &["अक्टूबर"],
            &["नवंबर", "नवम्बर"],
            &["दिसंबर", "दिसम्बर"],
        ],
        weekdays: &[
            &["सोमवार"],
            &["मंगलवार"],
            &["बुधवार"],
            &["गुरुवार", "बृहस्पतिवार"],
            &["शुक्रवार"],
            &["शनिवार"],
            &["रविवार"],
        ],
        range_words: &["से", "-", "–"],
        century_decade: None,
        decade_marks: (&[], &["के दशक"]),
        cut_marks: CutMarks::OpenWords(&[
            "के",
            "का",
            "में",
            "से",
            "को",
            "ने",
            "पर",
            "और",
            "या",
            "कि",
            "तथा",
            "एवं",
        ]),
    },
];

impl Lang {
    /// This language's row of per-language data.
    pub fn info(self) -> &'static LangInfo {
        &TABLE[self as usize]
    }

    /// The ISO 639-1 code (`de`).
    pub fn code(self) -> &'static str {
        self.info().code
    }

    /// The language's script.
    pub fn script(self) -> Script {
        self.info().script
    }

    /// Parses a language code as users and the site write it: `de`, `DE`, `zh-CN`, and the
    /// site's `cn` for Chinese.
    pub fn from_code(code: &str) -> Option<Lang> {
        let lower = code.trim().to_ascii_lowercase();
        let base = lower.split(['-', '_']).next().unwrap_or("");
        let base = if base == "cn" { "zh" } else { base };
        TABLE
            .iter()
            .find(|row| row.code == base)
            .map(|row| row.lang)
    }

    /// Whether sentence boundaries in this language are only guesses at spaces (Thai), so the
    /// aligner may join several of its pieces into one unit.
    pub fn weakly_segmented(self) -> bool {
        self.script() == Script::Thai
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_rows_are_in_enum_order() {
        for (i, row) in TABLE.iter().enumerate() {
            assert_eq!(row.lang as usize, i, "row {} out of order", row.code);
            assert_eq!(ALL[i], row.lang);
        }
    }

    #[test]
    fn codes_parse_with_site_aliases() {
        assert_eq!(Lang::from_code("cn"), Some(Lang::Zh));
        assert_eq!(Lang::from_code("zh-CN"), Some(Lang::Zh));
        assert_eq!(Lang::from_code("DE"), Some(Lang::De));
        assert_eq!(Lang::from_code("xx"), None);
    }
}
