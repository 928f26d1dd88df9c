//! Turning a file's bytes into text: byte order marks, a charset the page declares, UTF-8, or
//! detection (chardetng) among the legacy encodings the site's readers save pages in
//! (Shift_JIS, EUC-JP, EUC-KR, GB18030, Big5, TIS-620/windows-874, windows-1252, UTF-16).

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};

/// How the encoding of a file was decided, for `inspect` and notes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EncodingEvidence {
    /// A byte order mark.
    Bom,
    /// The bytes are valid UTF-8.
    Utf8,
    /// The page declares it (`<meta charset>`, an XML declaration).
    Declared,
    /// UTF-16 without a mark, told by its zero bytes.
    ZeroBytes,
    /// Statistical detection over the bytes.
    Detected,
}

impl EncodingEvidence {
    /// A short phrase for reports.
    pub fn describe(self) -> &'static str {
        match self {
            EncodingEvidence::Bom => "byte order mark",
            EncodingEvidence::Utf8 => "valid UTF-8",
            EncodingEvidence::Declared => "declared by the page",
            EncodingEvidence::ZeroBytes => "zero bytes of UTF-16",
            EncodingEvidence::Detected => "detected from the bytes",
        }
    }
}

/// A file's text with the encoding it was read in.
#[derive(Clone, Debug)]
pub struct Decoded {
    /// The text as the file holds it (byte order mark removed), so that offsets into it are
    /// offsets into the file's characters; readers normalise it as they need.
    pub text: String,
    /// The encoding's WHATWG name (`UTF-8`, `Shift_JIS`, `windows-874`).
    pub encoding: &'static str,
    pub evidence: EncodingEvidence,
}

/// Share of replacement characters above which a decoding is rejected as wrong.
const MAX_REPLACEMENT_SHARE: f64 = 0.01;

/// Decodes a file's bytes. Errors say what is wrong (empty, binary, undecodable).
pub fn decode(bytes: &[u8]) -> Result<Decoded, String> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err("the file is empty; save the edition's page text into it".into());
    }
    let (encoding, evidence, body) = choose(bytes)?;
    let (text, had_errors) = encoding.decode_without_bom_handling(body);
    let replacements = text.chars().filter(|&c| c == '\u{FFFD}').count();
    let share = replacements as f64 / text.chars().count().max(1) as f64;
    if had_errors && share > MAX_REPLACEMENT_SHARE {
        return Err(format!(
            "cannot be read as {} ({} undecodable bytes); re-save the page as UTF-8",
            encoding.name(),
            replacements
        ));
    }
    if looks_binary(&text) {
        return Err(
            "looks binary (it holds NUL or control bytes); give the page saved as text or HTML"
                .into(),
        );
    }
    Ok(Decoded {
        text: text.into_owned(),
        encoding: encoding.name(),
        evidence,
    })
}

/// The encoding to read `bytes` with, why, and the bytes after any byte order mark.
fn choose(bytes: &[u8]) -> Result<(&'static Encoding, EncodingEvidence, &[u8]), String> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        return Ok((encoding, EncodingEvidence::Bom, &bytes[bom_len..]));
    }
    if let Some(encoding) = utf16_by_zero_bytes(bytes) {
        return Ok((encoding, EncodingEvidence::ZeroBytes, bytes));
    }
    if bytes.contains(&0) {
        return Err(
            "looks binary (it holds NUL bytes); give the page saved as text or HTML".into(),
        );
    }
    if std::str::from_utf8(bytes).is_ok() {
        return Ok((UTF_8, EncodingEvidence::Utf8, bytes));
    }
    if let Some(encoding) = declared_charset(bytes) {
        return Ok((encoding, EncodingEvidence::Declared, bytes));
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Allow);
    detector.feed(bytes, true);
    let guess = detector.guess(None, chardetng::Utf8Detection::Allow);
    // chardetng names GB18030 "GBK"; encoding_rs decodes both with the GB18030 decoder.
    let guess = if guess == encoding_rs::GBK {
        encoding_rs::GB18030
    } else {
        guess
    };
    Ok((guess, EncodingEvidence::Detected, bytes))
}

/// UTF-16 without a byte order mark: most odd (LE) or even (BE) bytes of ASCII text are zero.
fn utf16_by_zero_bytes(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    if sample.len() < 8 {
        return None;
    }
    let pairs = sample.len() / 2;
    let even = sample.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd = sample
        .iter()
        .skip(1)
        .step_by(2)
        .filter(|&&b| b == 0)
        .count();
    if odd * 3 > pairs && even * 20 < pairs {
        Some(UTF_16LE)
    } else if even * 3 > pairs && odd * 20 < pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// A charset declared in the first bytes of an HTML or XML page.
pub fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head: String = bytes
        .iter()
        .take(4096)
        .map(|&b| {
            if b.is_ascii() {
                (b as char).to_ascii_lowercase()
            } else {
                ' '
            }
        })
        .collect();
    let at = head
        .find("charset=")
        .map(|i| i + "charset=".len())
        .or_else(|| head.find("encoding=").map(|i| i + "encoding=".len()))?;
    let label: String = head[at..]
        .trim_start_matches(['"', '\''])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
        .collect();
    Encoding::for_label(label.as_bytes())
}

/// Text that holds control characters a page never has.
fn looks_binary(text: &str) -> bool {
    let controls = text
        .chars()
        .filter(|&c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
        .count();
    controls > 0 && controls * 100 > text.chars().count().min(10_000) || text.contains('\0')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roundtrip(text: &str, encoding: &'static Encoding) -> Decoded {
        let (bytes, _, unmappable) = encoding.encode(text);
        assert!(!unmappable, "{} cannot encode the sample", encoding.name());
        decode(&bytes).expect("decodes")
    }

    #[test]
    fn legacy_encodings_are_detected() {
        let ja =
            "中国は4月、AIスタートアップを支援するために85億ドル規模の基金を設立した。".repeat(4);
        let ko = "중국 정부는 4월에 85억 달러 규모의 펀드를 설립했다. 인공지능 기업을 지원한다."
            .repeat(4);
        let zh = "中国政府在四月设立了一个规模为八十五亿美元的基金，用于支持人工智能初创企业。"
            .repeat(4);
        let tw = "中國政府在四月設立了一個規模為八十五億美元的基金，用於支持人工智慧新創企業。"
            .repeat(4);
        let th = "รัฐบาลจีนจัดตั้งกองทุนมูลค่า 8.5 พันล้านดอลลาร์ เพื่อสนับสนุนบริษัทปัญญาประดิษฐ์".repeat(4);
        let fr = "Le gouvernement chinois a créé un fonds de 8,5 milliards de dollars pour l'intelligence artificielle, déjà très sollicité.".repeat(3);
        for (text, encoding) in [
            (&ja, encoding_rs::SHIFT_JIS),
            (&ja, encoding_rs::EUC_JP),
            (&ko, encoding_rs::EUC_KR),
            (&zh, encoding_rs::GB18030),
            (&tw, encoding_rs::BIG5),
            (&th, encoding_rs::WINDOWS_874),
            (&fr, encoding_rs::WINDOWS_1252),
        ] {
            let decoded = roundtrip(text, encoding);
            assert_eq!(&decoded.text, text, "read back as {}", decoded.encoding);
        }
    }

    #[test]
    fn boms_utf16_and_declared_charsets() {
        let text = "Zum Hauptinhalt springen – Größe";
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice(text.as_bytes());
        assert_eq!(decode(&bom).unwrap().text, text);
        let le: Vec<u8> = text.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        let decoded = decode(&le).unwrap();
        assert_eq!(
            (decoded.text.as_str(), decoded.encoding),
            (text, "UTF-16LE")
        );
        let be: Vec<u8> = text.encode_utf16().flat_map(|u| u.to_be_bytes()).collect();
        assert_eq!(decode(&be).unwrap().text, text);
        let page =
            "<html><head><meta charset=\"shift_jis\"></head><body>日本語の記事</body></html>";
        let (bytes, _, _) = encoding_rs::SHIFT_JIS.encode(page);
        let decoded = decode(&bytes).unwrap();
        assert_eq!(
            (decoded.encoding, decoded.evidence),
            ("Shift_JIS", EncodingEvidence::Declared)
        );
        assert!(decoded.text.contains("日本語の記事"));
    }

    #[test]
    fn empty_and_binary_files_are_errors() {
        assert!(decode(b"  \n ").unwrap_err().contains("empty"));
        assert!(
            decode(b"PK\x03\x04\x00\x00binary\x00\x01\x02")
                .unwrap_err()
                .contains("binary")
        );
    }
}
