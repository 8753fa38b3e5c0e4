#!/usr/bin/env python3
"""Writes the bundled list of common password patterns (ASVS 6.2.4: at least the 3,000 most common).

The list is generated from patterns people are known to choose (keyboard walks, digit runs, years and dates, common
words and first names in Dutch, French and English followed by digits or a year), not copied from any breach corpus.
Only entries of 8 characters or more are kept: shorter ones are refused by the length rule already.
Run: python3 scripts/common_passwords.py > domain/src/main/resources/eu/ondernemerscheck/domain/accounts/common-passwords.txt
"""

words = """password wachtwoord paswoord motdepasse welkom welcome bienvenue geheim secret secreet admin
administrator beheerder accountant boekhouder klant client ondernemer ondernemerscheck letmein iloveyou ikhouvanjou
jetaime voetbal football soccer monkey dragon sunshine princess master shadow qwerty azerty abc welkom01 zomer winter
lente herfst summer autumn spring amsterdam rotterdam utrecht eindhoven groningen brussel bruxelles antwerpen gent
brugge leuven liege luik nederland holland belgie belgique belgium europa ajax feyenoord psv anderlecht standard
clubbrugge oranje rodeduivels hallo hello bonjour goedemorgen computer internet laptop samsung apple google facebook
linkedin microsoft windows office outlook gmail hotmail telenet ziggo proximus kpn chocolate chocolade koffie coffee
pizza banaan banana appel konijn kikker hond kat poes tijger leeuw vogel paard horse cheval chien chat baseball
superman batman starwars pokemon minecraft fortnite liverpool chelsea arsenal barcelona madrid juventus trustno1
changeme veranderen wijzigen nieuw nieuwe nouveau test testen tester demo gebruiker user utilisateur login inloggen
connexion toegang access bedrijf entreprise societe firma kantoor bureau werk travail work boekhouding comptable
fiscus belasting belastingdienst impots tax btw tva factuur facture invoice""".split()

names = """jan piet kees henk johan peter mark thomas tom lucas daan sem noah liam levi finn luuk milan bram jesse
emma julia sophie anna eva lisa sanne lotte fleur tess nina sara laura anouk marieke ingrid linda els an kim
marc luc jean pierre michel philippe nicolas julien maxime louis arthur jules victor hugo marie camille manon lea
chloe louise alice juliette charlotte elise wout jef jens stijn pieter koen bart dirk wim joost ruben sven""".split()

walks = ["qwertyuiop", "asdfghjkl", "zxcvbnm", "azertyuiop", "qsdfghjklm", "wxcvbn", "1qaz2wsx", "1qaz2wsx3edc",
         "qazwsx", "qazwsxedc", "zaq12wsx", "!qaz2wsx", "1q2w3e4r", "1q2w3e4r5t", "q1w2e3r4", "q1w2e3r4t5",
         "a1z2e3r4", "a1z2e3r4t5", "qwerty123", "azerty123", "qwertz", "qwertzuiop", "asdf1234", "qwer1234",
         "1234qwer", "1234asdf", "zxcv1234", "poiuytreza", "poiuytrewq", "mnbvcxz", "lkjhgfdsa", "ytrewq"]

out = set()

def add(p):
    if 8 <= len(p) <= 128:
        out.add(p.lower())

for n in range(8, 17):
    add("".join(str((i + 1) % 10) for i in range(n)))
    add("".join(str((9 - i) % 10) for i in range(n)))
    for d in "0123456789":
        add(d * n)
for a in range(10):
    for b in range(10):
        add((str(a) + str(b)) * 4)
        add((str(a) + str(b)) * 5)
for a in range(100, 1000):
    add(str(a) * 3)
for w in walks:
    add(w)
    for s in ["", "1", "12", "123", "1234", "!", "01"]:
        add(w + s)
suffixes = ["", "1", "12", "123", "1234", "12345", "123456", "!", "01", "007", "99", "2", "11", "69", "!!", "1!",
            "123!", "@123", "#1"]
years = [str(y) for y in range(1950, 2031)]
for w in words + names:
    for s in suffixes:
        add(w + s)
    for y in years:
        add(w + y)
    add(w + w)
    add(w[::-1] + "123")
for y in years:
    for m in range(1, 13):
        add(f"{m:02d}{y}")
        add(f"{y}{m:02d}")
    add(y + y)
for d in range(1, 32):
    for m in range(1, 13):
        for y in range(1960, 2011):
            add(f"{d:02d}{m:02d}{y}")
add("p@ssw0rd"); add("p@ssword"); add("passw0rd"); add("wachtw00rd"); add("w@chtwoord"); add("welkom123!")

for p in sorted(out):
    print(p)
