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

/// Splits a block of text into sentences with their break costs.
pub fn split_block(text: &str, lang: Lang) -> Vec<(String, f32)> {
    let mut out = Vec::new();
    for sentence in rules::split_sentences(text, lang) {
        if lang.weakly_segmented() {
            out.extend(
                thai::pieces(sentence)
                    .into_iter()
                    .map(|p| (p.text.to_string(), p.break_cost)),
            );
            // The stop-marked end of a sentence is a sure break.
            if let Some(last) = out.last_mut() {
                last.1 = 0.0;
            }
        } else {
            out.push((sentence.to_string(), 0.0));
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
        for (k, (text, break_cost)) in pieces.into_iter().enumerate() {
            let sources = if k == last {
                block.sources.clone()
            } else {
                Vec::new()
            };
            sentences.push(Sentence {
                id: numberer.id(section, false),
                section,
                role,
                text,
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
