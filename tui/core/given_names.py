"""Common given names by usual gender, so "she said" skips "Tony Blair".

Only a hint for pronoun resolution when no honorific (Mr, Mrs, ...) says more; a
name missing here simply has no known gender. Names used for both are left out.
"""

from __future__ import annotations


def _names(words: str) -> frozenset[str]:
    return frozenset(words.split())


FEMALE_NAMES = _names(
    "Abigail Ada Agnes Aileen Alexandra Alice Alicia Alison Amanda Amelia Amelie Amy "
    "Anastasia Andrea Angela Angelina Anita Ann Anna Anne Annette Annie Anya Ashanti Audrey "
    "Avril Barbara Beatrice Beth Bethany Beyonce Brenda Bridget Britney Caitlin Camilla "
    "Carla Carmen Carol Caroline Carolyn Catherine Cate Cathy Celine Charlize Charlotte "
    "Cherie Cheryl Chloe Christina Christine Claire Clare Claudia Condoleezza Courtney "
    "Cynthia Daisy Daniela Dawn Debbie Deborah Denise Diana Diane Dido Donna Doris Dorothy "
    "Edith Elaine Eleanor Elena Elizabeth Ella Ellen Emily Emma Erica Estelle Esther Eva "
    "Eve Evelyn Fiona Florence Frances Gemma Germaine Gillian Gina Gloria Grace Gwen "
    "Gwyneth Halle Hannah Harriet Hazel Heather Helen Helena Hilary Hillary Holly Imelda "
    "Irene Isabel Isabella Jackie Jacqueline Jade Jamelia Jan Jane Janet Janice Jean "
    "Jennifer Jenny Jessica Jill Jo Joan Joanna Joanne Josephine Joss Joy Joyce Judith "
    "Judy Julia Julie Juliet Justine Karen Kate Katherine Kathleen Kathryn Katie Katy "
    "Keira Kelly Kerry Kim Kirsty Kylie Laura Lauren Leah Liz Lily Linda Lindsay Lisa "
    "Liza Lorraine Louise Lucy Lynn Lynne Madonna Margaret Maria Marie Marion Martina "
    "Mary Maureen Megan Melanie Melissa Michelle Monica Nancy Naomi Natalie Natasha Nicola "
    "Nicole Nina Norah Olivia Pamela Patricia Paula Pauline Penelope Penny Rachel Rebecca "
    "Rita Rosa Rose Rosie Ruth Sally Samantha Sandra Sara Sarah Scarlett Serena Shania "
    "Sharon Sheila Shirley Sian Sonia Sophie Stella Stephanie Sue Susan Suzanne Svetlana "
    "Tamsin Tanya Teresa Tessa Theresa Tina Tracey Tracy Ulrika Valerie Vanessa Venus "
    "Victoria Virginia Wendy Whitney Yvonne Zoe"
)
MALE_NAMES = _names(
    "Aaron Adam Adrian Alan Alastair Albert Alex Alexander Alfred Alistair Andre Andrew "
    "Andy Angus Anthony Antonio Archie Arnold Arsene Arthur Barry Ben Benjamin Bernard "
    "Bill Billy Bob Bobby Brad Brian Bruce Bruno Carl Carlos Charles Charlie Chris "
    "Christian Christopher Clive Colin Craig Damien Dan Daniel Danny Darren Dave David "
    "Dean Dennis Derek Dominic Don Donald Douglas Duncan Eddie Edward Eric Ernest Frank "
    "Fred Frederick Gareth Gary Gavin Geoff Geoffrey George Gerard Gerry Gordon Graeme "
    "Graham Greg Gregory Harry Henry Howard Hugh Iain Ian Jack Jacques Jake James Jamie "
    "Jason Jeff Jeremy Jerry Jim Jimmy Joe John Johnny Jonathan Jose Joseph Juan Keith "
    "Ken Kenneth Kevin Kieran Kofi Larry Laurent Lee Len Leonard Liam Lewis Luis "
    "Malcolm Marc Marco Mark Martin Matt Matthew Michael Mick Mike Neil Nicholas Nick "
    "Nigel Noel Oliver Oscar Owen Patrick Paul Pedro Pete Peter Phil Philip Pierre "
    "Rafael Ralph Ray Raymond Richard Rick Rob Robbie Robert Robin Rod Roger Ron Ronald "
    "Ross Roy Rupert Russell Ryan Sam Samuel Scott Sean Sebastian Simon Stan Stanley "
    "Stephen Steve Steven Stewart Stuart Ted Terry Thomas Tim Timothy Tom Tommy Tony "
    "Trevor Vincent Walter Wayne William Willie Yves"
)


def gender_of(first_name: str) -> str | None:
    """ "f", "m" or None for a given name."""
    if first_name in FEMALE_NAMES:
        return "f"
    if first_name in MALE_NAMES:
        return "m"
    return None
