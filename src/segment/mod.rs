//! Stage 2, segment: turn a [`Page`] into an [`Edition`]: numbered sections and numbered
//! sentences (`3.2` is the second sentence of section 3; `3.0` is its heading).

pub mod rules;
pub mod thai;

use std::path::PathBuf;

use crate::ingest::{BlockKind, LangEvidence, Page, SectionId};
use crate::lang::Lang;

/// What a sentence is on the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// The article's title.
    Title,
    /// A section heading (number or label removed).
    Heading,
    /// A sentence of a paragraph.
    Body,
    /// A sentence of a list item.
    Bullet,
    /// The referenced article's title in the reference block.
    Reference,
}

/// One sentence of one edition, with its place on the page.
#[derive(Clone, Debug)]
pub struct Sentence {
    /// `S.N`: section and number within the section (0 is the heading).
    pub id: String,
    pub section: SectionId,
    pub role: Role,
    pub text: String,
    /// Source names glued to the end of this sentence on the page.
    pub sources: Vec<String>,
    /// The block (paragraph, bullet, heading) the sentence belongs to, counted over the page.
    pub block: usize,
    /// Cost of a sentence end right after this one: 0 where the text marks the end (a stop, the
    /// block's end); more for Thai pieces whose neighbours suggest the sentence goes on.
    pub break_cost: f32,
}

/// One edition of an article, segmented.
#[derive(Clone, Debug)]
pub struct Edition {
    pub lang: Lang,
    pub path: PathBuf,
    pub lang_evidence: LangEvidence,
    pub title: String,
    pub date: Option<String>,
    /// The referenced article's URL from the reference block.
    pub reference_url: Option<String>,
    /// All sentences in page order: title, then each section's heading and sentences.
    pub sentences: Vec<Sentence>,
}

impl Edition {
    /// The edition's sections in page order.
    pub fn sections(&self) -> Vec<SectionId> {
        let mut out: Vec<SectionId> = Vec::new();
        for s in &self.sentences {
            if out.last() != Some(&s.section) {
                out.push(s.section);
            }
        }
        out
    }

    /// The sentences of one section.
    pub fn section(&self, id: SectionId) -> impl Iterator<Item = &Sentence> {
        self.sentences.iter().filter(move |s| s.section == id)
    }
}

/// A piece of a block: a sentence, or for Thai a phrase between spaces, as a slice of the
/// block, with the cost of a sentence end right after it (0 = sure).
#[derive(Clone, Debug, PartialEq)]
pub struct Piece<'a> {
    pub text: &'a str,
    pub break_cost: f32,
}

/// Splits a block of text into pieces: sentences, and for Thai phrases with break costs.
pub fn split_block(text: &str, lang: Lang) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    for sentence in rules::split_sentences(text, lang) {
        if lang.weakly_segmented() {
            out.extend(thai::pieces(sentence));
            // The stop-marked end of a sentence is a sure break.
            if let Some(last) = out.last_mut() {
                last.break_cost = 0.0;
            }
        } else {
            out.push(Piece {
                text: sentence,
                break_cost: 0.0,
            });
        }
    }
    out
}

/// A Thai break costing less than this ends a sentence when sentences must be decided without
/// the other editions (`concord segment`); the aligner weighs every break instead.
pub const THAI_SENTENCE_BREAK: f32 = 1.0;

/// The sentences of a block: pieces joined across breaks that probably do not end a sentence.
pub fn sentences(text: &str, lang: Lang) -> Vec<&str> {
    let pieces = split_block(text, lang);
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for piece in &pieces {
        let from = offset(text, piece.text);
        let begin = *start.get_or_insert(from);
        if piece.break_cost < THAI_SENTENCE_BREAK {
            out.push(&text[begin..from + piece.text.len()]);
            start = None;
        }
    }
    if let (Some(begin), Some(last)) = (start, pieces.last()) {
        out.push(&text[begin..offset(text, last.text) + last.text.len()]);
    }
    out
}

/// Byte offset of `part` (a slice of `whole`) inside `whole`.
fn offset(whole: &str, part: &str) -> usize {
    part.as_ptr() as usize - whole.as_ptr() as usize
}

/// The sentences of a whole text as byte ranges: every line is a block of its own (a line end
/// ends a sentence), blank lines separate nothing more.
pub fn sentence_spans(text: &str, lang: Lang) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    for line in text.split('\n') {
        for sentence in sentences(line, lang) {
            let start = offset(text, sentence);
            out.push(start..start + sentence.len());
        }
    }
    out
}

/// Numbers sentences within sections while a page is turned into sentences.
struct Numberer {
    section: SectionId,
    next: u32,
}

impl Numberer {
    fn id(&mut self, section: SectionId, heading: bool) -> String {
        if section != self.section {
            self.section = section;
            self.next = 1;
        }
        let n = if heading {
            0
        } else {
            self.next += 1;
            self.next - 1
        };
        format!("{section}.{n}")
    }
}

/// Numbers sentences anew within their sections (heading 0, others from 1), after sentences
/// were split (`align::split`).
pub fn renumber(sentences: &mut [Sentence]) {
    let mut numberer = Numberer {
        section: SectionId::Title,
        next: 1,
    };
    for s in sentences.iter_mut() {
        s.id = numberer.id(s.section, s.role == Role::Heading);
    }
}

/// Segments a page into an edition.
pub fn segment(page: &Page) -> Edition {
    let lang = page.lang;
    let mut numberer = Numberer {
        section: SectionId::Title,
        next: 1,
    };
    let mut sentences = vec![Sentence {
        id: numberer.id(SectionId::Title, false),
        section: SectionId::Title,
        role: Role::Title,
        text: page.title.clone(),
        sources: Vec::new(),
        block: 0,
        break_cost: 0.0,
    }];
    let mut section = SectionId::Intro;
    for (b, block) in page.blocks.iter().enumerate() {
        let block_no = b + 1;
        if let BlockKind::Heading(id) = block.kind {
            section = id;
            sentences.push(Sentence {
                id: numberer.id(id, true),
                section: id,
                role: Role::Heading,
                text: block.text.clone(),
                sources: Vec::new(),
                block: block_no,
                break_cost: 0.0,
            });
            continue;
        }
        let role = if block.kind == BlockKind::Bullet {
            Role::Bullet
        } else {
            Role::Body
        };
        let pieces = split_block(&block.text, lang);
        let last = pieces.len().saturating_sub(1);
        for (k, Piece { text, break_cost }) in pieces.into_iter().enumerate() {
            let sources = if k == last {
                block.sources.clone()
            } else {
                Vec::new()
            };
            sentences.push(Sentence {
                id: numberer.id(section, false),
                section,
                role,
                text: text.to_string(),
                sources,
                block: block_no,
                break_cost: if k == last { 0.0 } else { break_cost },
            });
        }
    }
    push_reference(page, &mut sentences, &mut numberer);
    Edition {
        lang,
        path: page.path.clone(),
        lang_evidence: page.lang_evidence,
        title: page.title.clone(),
        date: page.date.clone(),
        reference_url: page.reference.as_ref().and_then(|r| r.url.clone()),
        sentences,
    }
}

fn push_reference(page: &Page, sentences: &mut Vec<Sentence>, numberer: &mut Numberer) {
    let Some(reference) = &page.reference else {
        return;
    };
    let Some(title) = &reference.title else {
        return;
    };
    sentences.push(Sentence {
        id: numberer.id(SectionId::Refs, false),
        section: SectionId::Refs,
        role: Role::Reference,
        text: title.clone(),
        sources: reference.url.iter().cloned().collect(),
        block: page.blocks.len() + 1,
        break_cost: 0.0,
    });
}
