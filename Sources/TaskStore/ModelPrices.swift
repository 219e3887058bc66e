import Foundation

/// Prices per model in US dollars per million tokens, for the estimated cost shown with a task's usage.
/// Written `model=prompt/completion` and separated by commas:
/// `RECORDLINE_MODEL_PRICES="gpt-4o-mini=0.15/0.60,gpt-4o=2.50/10.00"`.
package struct ModelPrices: Sendable, Equatable {
    package struct Price: Sendable, Equatable {
        package let promptPerMillion: Double
        package let completionPerMillion: Double

        package init(promptPerMillion: Double, completionPerMillion: Double) {
            self.promptPerMillion = promptPerMillion
            self.completionPerMillion = completionPerMillion
        }
    }

    package let prices: [String: Price]

    package init(_ prices: [String: Price] = [:]) {
        self.prices = prices
    }

    package init(parsing text: String) throws(PriceError) {
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
    package func cost(model: String, promptTokens: Int, completionTokens: Int) -> Double? {
        guard let price = prices[model] else { return nil }
        return (Double(promptTokens) * price.promptPerMillion + Double(completionTokens) * price.completionPerMillion) / 1_000_000
    }
}

package struct PriceError: Error, Sendable, CustomStringConvertible {
    package let entry: String
    package var description: String { "\"\(entry)\" is not model=<prompt $/1M tokens>/<completion $/1M tokens>" }
}
