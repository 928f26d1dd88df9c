//! Thai editions have no sentence stops: a sentence added to one is told by the numbers and
//! names it states that no other edition states.

use std::fs;

mod common;

const EDITIONS: &[(&str, &str)] = &[
    (
        "en",
        "Storm hits the coast\n\nA strong storm hit the coast on Monday. Thousands of homes lost power for two days. Schools stayed closed across the region.\n",
    ),
    (
        "fr",
        "Une tempête frappe la côte\n\nUne forte tempête a frappé la côte lundi. Des milliers de foyers ont été privés d’électricité pendant deux jours. Les écoles sont restées fermées dans toute la région.\n",
    ),
    (
        "de",
        "Sturm trifft die Küste\n\nEin schwerer Sturm traf am Montag die Küste. Tausende Haushalte waren zwei Tage ohne Strom. Die Schulen blieben in der ganzen Region geschlossen.\n",
    ),
    (
        "es",
        "Una tormenta azota la costa\n\nUna fuerte tormenta azotó la costa el lunes. Miles de hogares se quedaron sin luz durante dos días. Las escuelas permanecieron cerradas en toda la región.\n",
    ),
];

/// The Thai edition, with a sentence from elsewhere (a year and a count no one else states)
/// after the second.
const THAI_WITH_ADDED: &str = "พายุพัดถล่มชายฝั่ง\n\nพายุรุนแรงพัดถล่มชายฝั่งเมื่อวันจันทร์ บ้านหลายพันหลังไม่มีไฟฟ้าใช้เป็นเวลาสองวัน ในปี 1953 มีผู้เข้าร่วมงานเทศกาลกว่า 4,500 คนที่เมืองเชียงใหม่ โรงเรียนทั่วทั้งภูมิภาคยังคงปิดทำการ\n";

#[test]
fn a_sentence_added_to_a_thai_edition_is_extra() {
    let texts: Vec<(&str, &str)> = EDITIONS
        .iter()
        .copied()
        .chain([("th", THAI_WITH_ADDED)])
        .collect();
    let (_dir, out) = common::align_texts(&texts);
    let findings = fs::read_to_string(out.join("findings.csv")).unwrap();
    let extra: Vec<&str> = findings
        .lines()
        .filter(|l| l.contains(",th,extra,"))
        .collect();
    assert_eq!(extra.len(), 1, "{findings}");
    assert!(extra[0].contains("1953"), "{}", extra[0]);
}
