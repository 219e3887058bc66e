/// A home address: a district (…구, …군, …시) followed by a road or a neighbourhood (…로, …길, …동,
/// …읍, …면, …리) and a number ("마포구 월드컵로12길 34", "팔달구 인계동 123-4"). A district and a
/// neighbourhood without a number are a place, not an address ("강남구 청담동 일대의 상권").
enum Addresses {
    private static let districtEnds: Set<Unicode.Scalar> = ["구", "군", "시"]
    private static let streetEnds: Set<Unicode.Scalar> = ["로", "길", "동", "읍", "면", "리", "가"]

    static func range(in text: ScalarText, at index: Int) -> Range<Int>? {
        guard text.isWordStart(index), Hangul.isSyllable(text.scalars[index]) else { return nil }
        let district = text.wordRange(around: index)
        guard district.count >= 2, districtEnds.contains(text.scalars[district.upperBound - 1]) else { return nil }
        var cursor = district.upperBound
        for _ in 0..<2 {
            guard let next = text.nextWord(after: cursor), next.lowerBound == cursor + 1 else { return nil }
            if let end = numberedStreet(text, next) { return index..<end }
            cursor = next.upperBound
        }
        return nil
    }

    /// A street word ("월드컵로12길", "인계동") and its number, as the end of the address.
    private static func numberedStreet(_ text: ScalarText, _ word: Range<Int>) -> Int? {
        // The Hangul part must end in a street ending, directly before digits or at the word's end.
        guard let firstDigit = word.first(where: { text.isDigit(at: $0) }) ?? Optional(word.upperBound),
              firstDigit > word.lowerBound, streetEnds.contains(text.scalars[firstDigit - 1])
        else { return nil }
        if firstDigit < word.upperBound {
            // "월드컵로12길 34" or "테헤란로123".
            if Hangul.isSyllable(text.scalars[word.upperBound - 1]) {
                guard let number = text.nextWord(after: word.upperBound), number.lowerBound == word.upperBound + 1 else { return nil }
                return numberEnd(text, number)
            }
            return word.upperBound
        }
        guard let number = text.nextWord(after: word.upperBound), number.lowerBound == word.upperBound + 1 else { return nil }
        return numberEnd(text, number)
    }

    /// "34", "123-4", "12번지": a number that is not a count of something ("2곳").
    private static func numberEnd(_ text: ScalarText, _ word: Range<Int>) -> Int? {
        guard text.isDigit(at: word.lowerBound) else { return nil }
        var end = word.lowerBound
        while end < text.count && (text.isDigit(at: end) || (text.scalars[end] == "-" && text.isDigit(at: end + 1))) { end += 1 }
        if end < text.count && Hangul.isSyllable(text.scalars[end]) {
            guard text.hasText("번지", at: end) || text.hasText("호", at: end) || text.hasText("번길", at: end) else { return nil }
            return end + (text.hasText("번지", at: end) || text.hasText("번길", at: end) ? 2 : 1)
        }
        return end
    }
}
