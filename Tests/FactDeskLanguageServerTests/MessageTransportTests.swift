import FactDeskLanguageServer
import Foundation
import Testing

@Suite("MessageTransport")
struct MessageTransportTests {
    @Test func messagesAreFramedWithTheirByteLength() throws {
        let toServer = Pipe()
        let fromServer = Pipe()
        let transport = MessageTransport(input: toServer.fileHandleForReading, output: fromServer.fileHandleForWriting)
        let body = Data(#"{"jsonrpc":"2.0","method":"x","params":{"text":"31 novembre 📅"}}"#.utf8)
        // Two messages in one write, the second split across writes, and extra header fields.
        var bytes = Data("Content-Length: \(body.count)\r\n\r\n".utf8) + body
        bytes += Data(
            "Content-Type: application/vscode-jsonrpc; charset=utf-8\r\ncontent-length: \(body.count)\r\n\r\n".utf8)
        try toServer.fileHandleForWriting.write(contentsOf: bytes + body.prefix(10))
        #expect(try transport.read() == body)
        try toServer.fileHandleForWriting.write(contentsOf: body.dropFirst(10))
        try toServer.fileHandleForWriting.close()
        #expect(try transport.read() == body)
        #expect(try transport.read() == nil)

        transport.write(body)
        try fromServer.fileHandleForWriting.close()
        let written = fromServer.fileHandleForReading.readDataToEndOfFile()
        #expect(written == Data("Content-Length: \(body.count)\r\n\r\n".utf8) + body)
    }

    @Test func aHeaderWithoutLengthIsAnError() throws {
        let toServer = Pipe()
        let transport = MessageTransport(input: toServer.fileHandleForReading, output: FileHandle.nullDevice)
        try toServer.fileHandleForWriting.write(contentsOf: Data("Content-Length: many\r\n\r\n{}".utf8))
        #expect(throws: FramingError.self) { try transport.read() }
    }
}
