extension Session {
    /// The characters series are drawn with: block elements where the
    /// locale is UTF-8, plain ASCII where it is not.
    var symbols: Sparkline.Symbols {
        Sparkline.Symbols(environment: environment)
    }
}
