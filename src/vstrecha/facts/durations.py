"""What the durations grammar reports: lengths of time, already normalized to numbers and unit names.

The grammar turns words into values (amounts, unit names, bounds); the resolver only does arithmetic.
"""

from yargy.interpretation import attribute, fact

# One amount of one unit: "2 часа", "15 минут", "10-15 минут", "полчаса", "двухчасовая".
# ``amount`` is (low, high), equal for an exact amount; ``unit`` is minute|hour|day|week|month|year;
# ``extra`` is a fraction of the unit added after it ("час с половиной" -> 0.5); ``tail`` is open or
# open_approx when "с лишним" / "с небольшим" leaves the part open above. A part with no amount is one
# unit ("около часа"); an amount of () is one the grammar matched but could not read.
Part = fact("Part", ["amount", "unit", "extra", "tail"])


class RoughPart(Part):
    """A part said unit first, "минут сорок", "часа полтора": Russian word order for an estimate."""


# A whole length of time: one or more parts ("2 часа 15 минут") and what bounds it: ``bound`` is
# min ("более"), max ("почти"), approx ("около"), range ("от 30 минут до часа": the first part is the
# low end, the last the high end) or None for an exact length. ``word`` is a Part read
# from one word that holds both amount and unit ("полчаса", "двухчасовая").
Duration = fact("Duration", ["bound", attribute("parts").repeatable(), "word"])

# A phrase that looks like a length of time but is not one ("в возрасте 70 лет", "в 19 часов",
# "две недели назад"): matched so that the words cannot be read as a duration, then dropped.
NotDuration = fact("NotDuration", ["reason"])
