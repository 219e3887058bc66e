/// Unit and number signs NEIS cannot take, with the words a record writes instead ("31.2℃" →
/// "31.2도", "21㎍/㎥" → "21마이크로그램/세제곱미터", "①" → "(1)"): dropping them would leave bare
/// numbers that no longer say what was measured.
package enum UnitSymbols {
    package static let spelledOut: [Unicode.Scalar: String] = [
        "℃": "도", "°": "도", "℉": "화씨도", "㎍": "마이크로그램", "㎎": "mg", "㎏": "kg", "㎝": "cm", "㎜": "mm", "㎞": "km",
        "㎖": "mL", "㎗": "dL", "ℓ": "L", "㎘": "kL", "㎡": "제곱미터", "㎥": "세제곱미터", "㎠": "제곱센티미터", "㎢": "제곱킬로미터",
        "㎐": "Hz", "㎑": "kHz", "㎒": "MHz", "㏈": "dB", "㎾": "kW", "㎽": "mW", "㎷": "mV", "㎃": "mA", "㏃": "Bq", "µ": "마이크로",
        "μ": "마이크로", "×": "x", "÷": "/", "↔": "·", "⇔": "·", "％": "%", "～": "~", "＋": "+", "－": "-", "：": ":",
        "①": "(1)", "②": "(2)", "③": "(3)", "④": "(4)", "⑤": "(5)", "⑥": "(6)", "⑦": "(7)", "⑧": "(8)", "⑨": "(9)", "⑩": "(10)",
    ]

    /// The text with every sign in the table written out.
    package static func writingOut(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { spelledOut[$0] != nil }) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if let words = spelledOut[scalar] { result += words } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }
}
