/// One of the board's goals (mål) with its ambition level (ambitionsnivå).
public struct Goal: Codable, Equatable, Sendable {
    /// The goal's number, e.g. 6 for "Mål 6".
    public var number: GoalNumber
    /// The goal's title.
    public var title: String
    /// The number of the goal area it belongs to, if any.
    public var area: Int?
    /// Steering or supporting.
    public var kind: GoalKind
    /// The ambition level: what concretely is to be achieved.
    public var ambition: String
    /// Draft, proposed or decided.
    public var status: AmbitionStatus
    /// The decided wording, kept when a decided goal is rewritten; nil while
    /// the goal's own title and ambition level are the decided ones.
    public var decided: DecidedText?
    /// The three criteria.
    public var criteria: Criteria
    /// Possible strategies.
    public var strategies: [String]
    /// The steering documents (styrdokument) the goal rests on.
    public var documents: [String]
    /// Notes of what was said.
    public var notes: [Note]
    /// The indicators a steering goal is measured by.
    public var indicators: [Indicator]
    /// Qualitative assessments, one per checkpoint.
    public var assessments: [Assessment]
    /// Forecasts, one per interim checkpoint (steering goals only).
    public var forecasts: [Forecast]
    /// The results, one per checkpoint that reports results (helår), in the order of the
    /// calendar; nil when there are none, and then absent from the file.
    public var results: [YearResult]?
    /// A single result as a file written before results were kept per checkpoint holds it;
    /// ``Workspace/placingSingleResults()`` moves it into ``results``, so it is nil in a
    /// workspace in use and never written.
    public internal(set) var result: YearResult?
    /// The activities that contribute to the goal.
    public var activities: [Activity]
    /// The body responsible for the goal (a nämnd, bolag or förvaltning) or a
    /// person; nil when not given.
    public var owner: String?
    /// The goal of another workspace of the same store that this goal breaks down
    /// (a committee's goal under a council goal); only a top-level goal has one.
    public var linkedParent: GoalLink?
    /// Where a goal comes from when it is another workspace's, shown under the goal it
    /// breaks down in a consolidated view (``Workspace/consolidated(with:)``); nil for a
    /// workspace's own goals. A consolidated view is for reading and reports, never saved.
    public var origin: GoalLink?

    /// Creates a goal.
    public init(
        number: GoalNumber,
        title: String,
        area: Int? = nil,
        kind: GoalKind = .supporting,
        ambition: String = "",
        status: AmbitionStatus = .draft,
        criteria: Criteria = Criteria(),
        strategies: [String] = [],
        documents: [String] = [],
        notes: [Note] = [],
        indicators: [Indicator] = [],
        assessments: [Assessment] = [],
        forecasts: [Forecast] = [],
        results: [YearResult] = [],
        activities: [Activity] = [],
        owner: String? = nil,
        linkedParent: GoalLink? = nil
    ) {
        self.number = number
        self.title = title
        self.area = area
        self.kind = kind
        self.ambition = ambition
        self.status = status
        self.criteria = criteria
        self.strategies = strategies
        self.documents = documents
        self.notes = notes
        self.indicators = indicators
        self.assessments = assessments
        self.forecasts = forecasts
        self.results = results.isEmpty ? nil : results
        self.activities = activities
        self.owner = owner
        self.linkedParent = linkedParent
    }

    /// The indicator with an id, ignoring case.
    public func indicator(_ id: String) -> Indicator? {
        indicators.first { $0.id.lowercased() == id.lowercased() }
    }

    /// The assessment at a checkpoint.
    public func assessment(at checkpoint: String) -> Assessment? {
        assessments.first { $0.checkpoint == checkpoint }
    }

    /// The result at a checkpoint.
    public func result(at checkpoint: String) -> YearResult? {
        results?.first { $0.checkpoint == checkpoint }
    }

    /// The forecast at a checkpoint.
    public func forecast(at checkpoint: String) -> Forecast? {
        forecasts.first { $0.checkpoint == checkpoint }
    }
}
