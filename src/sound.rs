//! Names across scripts. A name from the Latin-script editions (`Sterling`) is written by sound
//! in the others (`스털링`, `スターリング`, `斯特林`, `สเตอร์ลิง`, `स्टर्लिंग`). concord
//! romanizes non-Latin text (any_ascii) and reduces both to a consonant skeleton in which
//! sounds that scripts render differently fall together (`r`/`l`, `m`/`n`, `v`/`b`/`p`/`f`):
//! `Sterling`, `SeuTeolLing`, `sutaringu` and `SiTeLin` all read `STRN`. A name whose skeleton
//! occurs in a sentence's skeleton is an anchor between editions in different scripts.

/// Shortest name skeleton that counts: three consonant classes match by chance in too many
/// sentences.
pub const MIN_KEY: usize = 4;

/// Consonant classes of letter groups, longest first: what a letter sounds like across the
/// romanizations of Hangul, kana, Han (pinyin), Thai and Devanagari.
const GROUPS: &[(&[u8], u8)] = &[
    (b"tch", b'S'),
    (b"ch", b'S'),
    (b"sh", b'S'),
    (b"ts", b'S'),
    (b"th", b'T'),
    (b"ph", b'P'),
    (b"kh", b'K'),
    (b"ck", b'K'),
    (b"ng", b'N'),
];

/// The class of a single letter; `None` for vowels and the glides that scripts add or drop.
fn class(c: u8, next: Option<u8>) -> Option<u8> {
    Some(match c {
        b'b' | b'p' | b'f' | b'v' => b'P',
        b'c' if matches!(next, Some(b'e' | b'i' | b'y')) => b'S',
        b'c' | b'g' | b'k' | b'q' => b'K',
        b'd' | b't' => b'T',
        b's' | b'z' | b'x' | b'j' => b'S',
        b'l' | b'r' => b'R',
        b'm' | b'n' => b'N',
        _ => return None,
    })
}

/// The consonant skeleton of ASCII text: classes in order, repeats collapsed, word breaks kept
/// out (the skeleton of a sentence runs on across words, as names in Chinese do).
pub fn skeleton(ascii: &str) -> String {
    let letters: Vec<u8> = ascii
        .bytes()
        .filter(u8::is_ascii_alphabetic)
        .map(|b| b.to_ascii_lowercase())
        .collect();
    let mut out: Vec<u8> = Vec::new();
    let mut i = 0;
    while i < letters.len() {
        let rest = &letters[i..];
        let (class, width) = match GROUPS.iter().find(|(g, _)| rest.starts_with(g)) {
            Some((g, c)) => (Some(*c), g.len()),
            None => (class(rest[0], rest.get(1).copied()), 1),
        };
        if let Some(c) = class
            && out.last() != Some(&c)
        {
            out.push(c);
        }
        i += width;
    }
    // Only ASCII class letters were pushed.
    String::from_utf8(out).unwrap_or_default()
}

/// The skeleton of text in a non-Latin script, romanized first.
pub fn sentence_skeleton(text: &str) -> String {
    skeleton(&any_ascii::any_ascii(text))
}

/// The skeleton of a Latin-script name, when long enough to count.
pub fn name_key(name: &str) -> Option<String> {
    let key = skeleton(name);
    (key.len() >= MIN_KEY).then_some(key)
}

/// The skeletons of those names long enough to count, sorted, without repeats.
pub fn name_keys<S: AsRef<str>>(names: &[S]) -> Vec<String> {
    let mut keys: Vec<String> = names.iter().filter_map(|n| name_key(n.as_ref())).collect();
    keys.sort();
    keys.dedup();
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_name_in_every_script() {
        let key = name_key("Sterling").unwrap();
        for text in ["스털링", "スターリング", "斯特林", "สเตอร์ลิง"]
        {
            assert!(
                sentence_skeleton(text).contains(&key),
                "{text}: {} lacks {key}",
                sentence_skeleton(text)
            );
        }
        let trump = name_key("Trump").unwrap();
        for text in [
            "트럼프는 말했다",
            "トランプ氏は",
            "特朗普说",
            "ทรัมป์",
            "ट्रम्प ने कहा",
        ] {
            assert!(sentence_skeleton(text).contains(&trump), "{text}");
        }
    }

    #[test]
    fn short_names_do_not_count() {
        assert_eq!(name_key("May"), None);
        assert_eq!(name_key("Kim"), None);
    }

    #[test]
    fn other_words_do_not_match() {
        let key = name_key("Sterling").unwrap();
        assert!(!sentence_skeleton("그는 어제 학교에 갔다").contains(&key));
    }
}
