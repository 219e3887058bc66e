import Foundation

/// Prices per model in US dollars per million tokens, for the estimated cost shown with a task's usage.
/// Written `model=prompt/completion` and separated by commas:
/// `RECORDLINE_MODEL_PRICES="gpt-4o-mini=0.15/0.60,gpt-4o=2.50/10.00"`.
public struct ModelPrices: Sendable, Equatable {
    public struct Price: Sendable, Equatable {
        public let promptPerMillion: Double
        public let completionPerMillion: Double

        public init(promptPerMillion: Double, completionPerMillion: Double) {
            self.promptPerMillion = promptPerMillion
            self.completionPerMillion = completionPerMillion
        }
    }

    public let prices: [String: Price]

    public init(_ prices: [String: Price] = [:]) {
        self.prices = prices
    }

    public init(parsing text: String) throws(PriceError) {
        var prices: [String: Price] = [:]
        for entry in text.split(separator: ",") {
            let item = String(entry).trimmingCharacters(in: .whitespaces)
            guard !item.isEmpty else { continue }
            guard let equals = item.lastIndex(of: "=") else { throw PriceError(entry: item) }
            let name = String(item[..<equals]).trimmingCharacters(in: .whitespaces)
            let amounts = item[item.index(after: equals)...].split(separator: "/").map { Double(String($0).trimmingCharacters(in: .whitespaces)) }
            guard !name.isEmpty, amounts.count == 2, let prompt = amounts[0], let completion = amounts[1], prompt >= 0, completion >= 0
            else { throw PriceError(entry: item) }
            prices[name] = Price(promptPerMillion: prompt, completionPerMillion: completion)
        }
        self.prices = prices
    }

    /// The estimated cost in dollars, nil when the model has no price.
    public func cost(model: String, promptTokens: Int, completionTokens: Int) -> Double? {
        guard let price = prices[model] else { return nil }
        return (Double(promptTokens) * price.promptPerMillion + Double(completionTokens) * price.completionPerMillion) / 1_000_000
    }
}

public struct PriceError: Error, Sendable, CustomStringConvertible {
    public let entry: String
    public var description: String { "\"\(entry)\" is not model=<prompt $/1M tokens>/<completion $/1M tokens>" }
}
