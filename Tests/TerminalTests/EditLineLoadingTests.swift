import CEditLine
import Testing

/// Loading libedit when line editing starts: what a missing library, or one without
/// libedit's functions, is told as.
@Suite struct EditLineLoadingTests {
    private func open(_ name: String) -> (loaded: Bool, error: String) {
        var table = malbild_editline()
        var error = [CChar](repeating: 0, count: 512)
        let loaded = malbild_editline_open(name, &table, &error, error.count) == 1
        return (loaded, String(decoding: error.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }

    @Test func aMissingLibraryIsNamed() {
        let result = open("libedit-not-installed.so.2")
        #expect(!result.loaded)
        #expect(result.error.contains("libedit-not-installed.so.2"), "\(result.error)")
    }

    @Test func aLibraryWithoutLibeditsFunctionsIsRefusedByName() {
        // The C library loads, but it has none of libedit's functions.
        let result = open("libc.so.6")
        #expect(!result.loaded)
        #expect(result.error == "libc.so.6 has no function el_init", "\(result.error)")
    }

    @Test func theInstalledLibraryLoadsWithEveryFunction() {
        let result = open(MALBILD_EDITLINE_LIBRARY)
        #expect(result.loaded, "\(result.error)")
        #expect(result.error.isEmpty)
    }
}
