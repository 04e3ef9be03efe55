extension Catalogue {
    /// The tutorial's frame: lessons, tasks, hints. The lessons' own texts are in `Lessons`.
    static let tutorial: [Key: Phrase] = [
        .noLesson: Phrase("no lesson is under way", "ingen lektion pågår"),
        .noLessonListThem: Phrase("no lesson is under way: tutorial lists them", "ingen lektion pågår: lektion visar dem"),
        .lessonsHeading: Phrase("Lessons (tutorial N starts one on a fresh copy of the demo; your workspace is set aside and comes back):",
                                "Lektioner (lektion N startar en på en ny kopia av demot; din arbetsyta läggs undan och kommer tillbaka):"),
        .lessonLine: Phrase("{0}. {1} ({2} tasks)", "{0}. {1} ({2} uppgifter)"),
        .nowInLesson: Phrase("Now in lesson {0}, task {1}; tutorial stop leaves it.", "Nu i lektion {0}, uppgift {1}; lektion stopp lämnar den."),
        .noSuchLesson: Phrase("there is no lesson {0}: the lessons are 1 to {1}", "det finns ingen lektion {0}: lektionerna är 1 till {1}"),
        .lessonTitle: Phrase("Lesson {0}: {1}", "Lektion {0}: {1}"),
        .lessonRunsOnCopy: Phrase("It runs on a fresh copy of the demo. hint helps; tutorial stop leaves.",
                                  "Den körs på en ny kopia av demot. ledtråd hjälper; lektion stopp lämnar lektionen."),
        .taskOf: Phrase("Task {0} of {1}: ", "Uppgift {0} av {1}: "),
        .lessonDone: Phrase("Lesson {0} done.", "Lektion {0} är klar."),
        .nextLesson: Phrase(" Next: tutorial {0}, {1}.", " Nästa: lektion {0}, {1}."),
        .lastLesson: Phrase(" That was the last lesson.", " Det var den sista lektionen."),
        .workspaceBack: Phrase(" Your own workspace is back.", " Din egen arbetsyta är tillbaka."),
        .leftLesson: Phrase("Left lesson {0}.", "Lämnade lektion {0}."),
        .hint: Phrase("Hint: ", "Ledtråd: "),
        .taskDone: Phrase("✓ Done. ", "✓ Klart. "),
    ]
}
