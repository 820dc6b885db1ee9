"""What the meetings grammar reports: trigger words, status and role cues, occasions."""

from yargy.interpretation import fact

# A word that names a meeting or a call; ``format`` is set when the phrase itself tells it.
Trigger = fact("Trigger", ["head", "format"])

# A phrase that changes what a nearby trigger means: its status, or that it is no event at all.
# ``sign`` is one of: planned, cancelled, postponed, proposed, accepted (an invitation taken up: planned), declined
# (an invitation turned down: still proposed), not_cancelled ("пока не отменена": still planned),
# negated, staged (a performance or a match), aggregate, others, speaker, topic.
Cue = fact("Cue", ["sign"])

# A summit or forum a meeting is held at, by its canonical short name.
Occasion = fact("Occasion", ["name"])

# A subject of talks by its canonical nominative name ("кризис на Украине" -> Украина).
Topic = fact("Topic", ["name"])
