import Foundation
import Testing

/// The git CLI, to verify workspaces as any git tool sees them.
enum Git {
    /// Runs git in `folder` and returns its exit status and its output, standard error included.
    static func run(_ arguments: [String], in folder: URL) throws -> (status: Int32, output: String) {
        let (status, output) = try launch(arguments, in: folder, errors: .merged)
        return (status, String(decoding: output, as: UTF8.self))
    }

    /// git's standard output, recording a test issue when git fails.
    static func data(
        _ arguments: [String], in folder: URL, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Data {
        let (status, output) = try launch(arguments, in: folder, errors: .discarded)
        #expect(status == 0, "git \(arguments.joined(separator: " "))", sourceLocation: sourceLocation)
        return output
    }

    /// git's standard output as text, recording a test issue when git fails.
    static func output(
        _ arguments: [String], in folder: URL, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> String {
        String(decoding: try data(arguments, in: folder, sourceLocation: sourceLocation), as: UTF8.self)
    }

    private enum Errors { case merged, discarded }

    private static func launch(_ arguments: [String], in folder: URL, errors: Errors) throws -> (Int32, Data) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = folder
        let pipe = Pipe()
        process.standardOutput = pipe
        switch errors {
        case .merged: process.standardError = pipe
        case .discarded: process.standardError = FileHandle.nullDevice
        }
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }
}
