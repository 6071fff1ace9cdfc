extension String {
    /// A string from a run of scalars, encoded straight into the string's UTF-8 storage.
    ///
    /// Faster than going through `String.UnicodeScalarView` for the millions of short token
    /// texts a large draft produces: one pass to size, one to encode, no intermediate buffer.
    init(_ scalars: ArraySlice<Unicode.Scalar>) {
        var byteCount = 0
        for scalar in scalars { byteCount += UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: byteCount) { buffer in
            var position = 0
            for scalar in scalars {
                for byte in UTF8.encode(scalar)! {
                    buffer[position] = byte
                    position += 1
                }
            }
            return position
        }
    }
}
