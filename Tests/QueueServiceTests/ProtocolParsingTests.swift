import Testing

@testable import QueueService

@Suite struct ProtocolParsingTests {
    private func parse(_ text: String) throws -> JSONValue {
        try JSONReader.parse(Array(text.utf8))
    }

    @Test func readsObjectsArraysAndEscapes() throws {
        guard case .object(let members) = try parse(#"{"a": [1, -2.5e3, true, null], "s": "x\"\u00e9\ud83d\ude00\n"}"#) else {
            Issue.record("not an object")
            return
        }
        guard case .array(let items)? = members["a"], case .string(let text)? = members["s"] else {
            Issue.record("members missing")
            return
        }
        #expect(items.count == 4)
        if case .number(let number) = items[1] { #expect(number == "-2.5e3") } else { Issue.record("not a number") }
        #expect(text == "x\"é😀\n")
    }

    @Test(arguments: ["{", "[1,]", "{\"a\" 1}", "\"\\x\"", "01x", "{\"a\":1}}", "\"\\ud800\"", "[" + String(repeating: "[", count: 100)])
    func rejectsMalformed(_ text: String) {
        #expect(throws: JSONReader.Malformed.self) { try JSONReader.parse(Array(text.utf8)) }
    }

    @Test func queryFormBecomesMemberTree() throws {
        let pairs = QueryForm.decode("Action=SendMessageBatch&QueueUrl=http%3A%2F%2Fh%2F1%2Fq"
            + "&SendMessageBatchRequestEntry.2.Id=b&SendMessageBatchRequestEntry.2.MessageBody=two+words"
            + "&SendMessageBatchRequestEntry.1.Id=a&SendMessageBatchRequestEntry.1.MessageBody=one"
            + "&SendMessageBatchRequestEntry.1.MessageAttribute.1.Name=k"
            + "&SendMessageBatchRequestEntry.1.MessageAttribute.1.Value.DataType=String"
            + "&SendMessageBatchRequestEntry.1.MessageAttribute.1.Value.StringValue=v")
        let parameters = RequestParameters(values: QueryForm.tree(from: pairs), isQuery: true)
        let entries = try parameters.objectList("Entries") ?? []
        #expect(try parameters.string("QueueUrl") == "http://h/1/q")
        try #require(entries.count == 2)
        #expect(try entries[0].string("Id") == "a")
        #expect(try entries[1].string("MessageBody") == "two words")
        let attributes = try? entries[0].objectMap("MessageAttributes")
        #expect(try attributes?["k"]?.string("StringValue") == "v")
    }

    @Test func queryIntegersAreTextJSONIntegersAreNumbers() throws {
        let query = RequestParameters(values: ["MaxNumberOfMessages": .string("5")], isQuery: true)
        #expect(try query.int("MaxNumberOfMessages") == 5)
        let json = RequestParameters(values: ["MaxNumberOfMessages": .string("5")], isQuery: false)
        #expect(throws: (any Error).self) { try json.int("MaxNumberOfMessages") }
        let boolean = RequestParameters(values: ["MaxNumberOfMessages": .bool(true)], isQuery: false)
        #expect(throws: (any Error).self) { try boolean.int("MaxNumberOfMessages") }
    }

    @Test func receiptHandlesRoundTripAndRejectGarbage() {
        let handle = ReceiptHandle(queue: "q", seq: 42, receiveCount: 3)
        #expect(ReceiptHandle(encoded: handle.encoded) == handle)
        #expect(ReceiptHandle(encoded: "garbage") == nil)
        #expect(ReceiptHandle(encoded: "") == nil)
    }

    @Test func writesJSONAndXML() {
        let value = WireValue.structure([
            ("Messages", .list([.structure([("Body", .string("a\"<b>\n"))])], element: "Message")),
            ("Attributes", .stringMap(["k": "v"], element: "Attribute")),
        ])
        #expect(JSONWriter.write(value) == #"{"Messages":[{"Body":"a\"<b>\n"}],"Attributes":{"k":"v"}}"#)
        let xml = XMLWriter.response(action: "ReceiveMessage", result: value, requestId: "r")
        #expect(xml.contains("<ReceiveMessageResult><Message><Body>a&quot;&lt;b&gt;\n</Body></Message><Attribute><Name>k</Name><Value>v</Value></Attribute></ReceiveMessageResult>"))
    }
}

@Suite struct RandomIdentifierTests {
    @Test func makesDistinctVersion4UUIDs() {
        var seeded = FastRandom()
        let ids = (0..<1000).map { _ in RandomIdentifier.make() } + (0..<100_000).map { _ in RandomIdentifier.make(using: &seeded) }
        #expect(Set(ids).count == ids.count)
        for id in ids.prefix(20) + ids.suffix(20) {
            let characters = Array(id)
            #expect(characters.count == 36)
            #expect(characters[8] == "-" && characters[13] == "-" && characters[18] == "-" && characters[23] == "-")
            #expect(characters[14] == "4")
            #expect("89ab".contains(characters[19]))
        }
    }
}
