/// Unit and number signs NEIS cannot take, with the words a record writes instead ("31.2℃" →
/// "31.2도", "21㎍/㎥" → "21마이크로그램/세제곱미터", "①" → "(1)"): dropping them would leave bare
/// numbers that no longer say what was measured.
package enum UnitSymbols {
    package static let spelledOut: [Unicode.Scalar: String] = [
        "℃": "도", "°": "도", "℉": "화씨도", "㎍": "마이크로그램", "㎎": "mg", "㎏": "kg", "㎝": "cm", "㎜": "mm", "㎞": "km",
        "㎖": "mL", "㎗": "dL", "ℓ": "L", "㎘": "kL", "㎡": "제곱미터", "㎥": "세제곱미터", "㎠": "제곱센티미터", "㎢": "제곱킬로미터",
        "㎐": "Hz", "㎑": "kHz", "㎒": "MHz", "㏈": "dB", "㎾": "kW", "㎽": "mW", "㎷": "mV", "㎃": "mA", "㏃": "Bq", "µ": "마이크로",
        "μ": "마이크로", "×": "x", "÷": "/", "↔": "·", "⇔": "·", "％": "%", "～": "~", "＋": "+", "－": "-", "：": ":",
        "−": "-", "₀": "0", "₁": "1", "₂": "2", "₃": "3", "₄": "4", "₅": "5", "₆": "6", "₇": "7", "₈": "8", "₉": "9",
        "①": "(1)", "②": "(2)", "③": "(3)", "④": "(4)", "⑤": "(5)", "⑥": "(6)", "⑦": "(7)", "⑧": "(8)", "⑨": "(9)", "⑩": "(10)",
    ]

    /// Relation and power signs, which NEIS cannot take and which dropping would turn into other
    /// facts ("np≥5" → "np5", "상관관계≠인과관계" → "상관관계인과관계", "10^23" → "1023"): said in words.
    private static let relations: [Character: String] = ["≥": "이상", "≧": "이상", "≤": "이하", "≦": "이하", "≠": "다름", "^": "제곱", "≈": "약", "≒": "약"]
    private static let relationScalars = Set("≥≧≤≦≠^≈≒".unicodeScalars)

    /// "np≥5" → "np가 5 이상", "6.02×10^23" → "6.02x10의 23제곱", "A≠B라는" → "A와 B가 다르다는".
    static func relationsWrittenOut(_ text: String) -> String {
        var characters = Array(text)
        var index = 0
        while index < characters.count {
            guard let word = relations[characters[index]] else {
                index += 1
                continue
            }
            var start = index
            while start > 0, !characters[start - 1].isWhitespace, !"(,".contains(characters[start - 1]) { start -= 1 }
            // What the sign relates to: a number or Latin name ("10^23", "np≥5"); after ≠ a word as well
            // ("상관관계≠인과관계라는": up to the ending that quotes it).
            var end = index + 1
            while end < characters.count, characters[end].isNumber || characters[end] == "."
                || characters[end].isASCII && characters[end].isLetter
                || word == "다름" && characters[end].isLetter && characters[end] != "라" && characters[end] != "이"
            {
                end += 1
            }
            let left = String(characters[start..<index])
            let right = String(characters[(index + 1)..<end])
            guard !left.isEmpty, !right.isEmpty else {
                characters.remove(at: index)
                continue
            }
            var rest = String(characters[end...])
            let subject = left + Hangul.particle(after: left, withFinal: "이", withoutFinal: "가")
            let phrase: String
            switch word {
            case "제곱": phrase = left + "의 " + right + "제곱"
            case "약": phrase = left + " 약 " + right
            case "다름":
                let pair = left + Hangul.particle(after: left, withFinal: "과", withoutFinal: "와") + " " + right
                    + Hangul.particle(after: right, withFinal: "이", withoutFinal: "가")
                if rest.hasPrefix("라는") { rest.removeFirst(2); phrase = pair + " 다르다는" }
                else if rest.hasPrefix("라고") { rest.removeFirst(2); phrase = pair + " 다르다고" }
                else if rest.hasPrefix("이라는") { rest.removeFirst(3); phrase = pair + " 다르다는" }
                else { phrase = pair + " 다름" }
            default: phrase = subject + " " + right + " " + word
            }
            let replaced = Array(phrase)
            characters = Array(characters[..<start]) + replaced + Array(rest)
            index = start + replaced.count
        }
        return String(characters)
    }

    /// "기사 3편: ① 인터뷰 ② 팬덤 문화 ③ 신간 소개" → "기사 3편: 인터뷰, 팬덤 문화, 신간 소개"; "②번
    /// 초안" → "2번 초안": numbered items in a sentence are a list, and a numbered reference keeps its number.
    static func enumerationsWrittenOut(_ text: String) -> String {
        var result = ""
        var items = 0
        var scalars = Substring(text).unicodeScalars[...]
        while let scalar = scalars.first {
            scalars = scalars.dropFirst()
            guard (0x2460...0x2473).contains(scalar.value) else {
                result.unicodeScalars.append(scalar)
                continue
            }
            if scalars.first == "번" {
                result += String(scalar.value - 0x2460 + 1)
                continue
            }
            items += 1
            while result.last == " " { result.removeLast() }
            if items > 1 && !(result.last.map { ",:(".contains($0) } ?? true) { result += "," }
            if !result.isEmpty { result += " " }
            scalars = scalars.drop { $0 == " " }
        }
        return result
    }

    private static let superscripts: [Unicode.Scalar: Character] = [
        "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9", "⁻": "-",
    ]

    /// "10²³" → "10^23", "x²" → "x^2": a power written with raised digits, in the form `relations` says in words.
    static func powersWrittenFlat(_ text: String) -> String {
        var result = ""
        var raised = false
        for scalar in text.unicodeScalars {
            if let digit = superscripts[scalar] {
                if !raised { result += "^" }
                result.append(digit)
                raised = true
            } else {
                result.unicodeScalars.append(scalar)
                raised = false
            }
        }
        return result
    }

    /// The text with every sign in the table written out.
    package static func writingOut(_ text: String) -> String {
        // Most text is plain Hangul, Latin and digits: one pass over its scalars decides that nothing needs
        // writing out, with no table looked up for any scalar below the first sign any table holds.
        guard text.unicodeScalars.contains(where: { $0.value == 0x5E || $0.value >= 0xB0 && !Hangul.isSyllable($0) }) else { return text }
        var text = text.unicodeScalars.contains(where: { (0x2460...0x2473).contains($0.value) }) ? enumerationsWrittenOut(text) : text
        if text.unicodeScalars.contains(where: { superscripts[$0] != nil }) { text = powersWrittenFlat(text) }
        text = text.unicodeScalars.contains(where: { relationScalars.contains($0) }) ? relationsWrittenOut(text) : text
        guard text.unicodeScalars.contains(where: { spelledOut[$0] != nil }) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if let words = spelledOut[scalar] { result += words } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }
}
