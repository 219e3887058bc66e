import TaskStore
import Testing

@Suite struct ModelPricesTests {
    @Test func pricesGiveAnEstimatedCost() throws {
        let prices = try ModelPrices(parsing: "gpt-4o-mini=0.15/0.60, org/model:v1=2/8")
        #expect(prices.cost(model: "gpt-4o-mini", promptTokens: 1_000_000, completionTokens: 500_000) == 0.45)
        #expect(prices.cost(model: "org/model:v1", promptTokens: 1000, completionTokens: 1000) == 0.01)
        #expect(prices.cost(model: "unpriced", promptTokens: 10, completionTokens: 10) == nil)
    }

    @Test func anEntryThatIsNoPriceIsNamed() {
        #expect { try ModelPrices(parsing: "gpt-4o=2.5/10, gpt=abc/1") } throws: { ($0 as? PriceError)?.entry == "gpt=abc/1" }
        #expect(throws: PriceError.self) { try ModelPrices(parsing: "m=1") }
        #expect(throws: PriceError.self) { try ModelPrices(parsing: "m=-1/2") }
    }
}
