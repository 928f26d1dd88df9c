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
const GROUPS: &[(&str, char)] = &[
    ("tch", 'S'),
    ("ch", 'S'),
    ("sh", 'S'),
    ("ts", 'S'),
    ("th", 'T'),
    ("ph", 'P'),
    ("kh", 'K'),
    ("ck", 'K'),
    ("ng", 'N'),
];

/// The class of a single letter; `None` for vowels and the glides that scripts add or drop.
fn class(c: char, next: Option<char>) -> Option<char> {
    Some(match c {
        'b' | 'p' | 'f' | 'v' => 'P',
        'c' if matches!(next, Some('e' | 'i' | 'y')) => 'S',
        'c' | 'g' | 'k' | 'q' => 'K',
        'd' | 't' => 'T',
        's' | 'z' | 'x' | 'j' => 'S',
        'l' | 'r' => 'R',
        'm' | 'n' => 'N',
        _ => return None,
    })
}

/// The consonant skeleton of ASCII text: classes in order, repeats collapsed, word breaks kept
/// out (the skeleton of a sentence runs on across words, as names in Chinese do).
pub fn skeleton(ascii: &str) -> String {
    let letters: Vec<char> = ascii
        .chars()
        .filter(char::is_ascii_alphabetic)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let mut out = String::new();
    let mut i = 0;
    while i < letters.len() {
        let rest: String = letters[i..letters.len().min(i + 3)].iter().collect();
        let (class, width) = match GROUPS.iter().find(|(g, _)| rest.starts_with(g)) {
            Some((g, c)) => (Some(*c), g.len()),
            None => (class(letters[i], letters.get(i + 1).copied()), 1),
        };
        if let Some(c) = class
            && !out.ends_with(c)
        {
            out.push(c);
        }
        i += width;
    }
    out
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
