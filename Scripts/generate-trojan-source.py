#!/usr/bin/env python3
"""Writes Fixtures/trojan-source/: the three Trojan Source patterns of
CVE-2021-42574 (early return, commenting out, stretched string) in Swift,
Python and JavaScript, and one clean file per language.

The bidi controls are written here as escapes, so this script can be read
safely; the generated files hold the controls themselves, as an attacker's
would. Run from the checkout: python3 Scripts/generate-trojan-source.py
"""
import os

LRE, RLE, PDF, LRO, RLO = "\u202a", "\u202b", "\u202c", "\u202d", "\u202e"
LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
RLM = "\u200f"

SAMPLES = {
    # Early return: the return looks like part of a comment or string.
    "early-return.py": (
        "#!/usr/bin/env python3\n"
        "bank = {'alice': 100}\n"
        "\n"
        "def subtract_funds(account: str, amount: int):\n"
        f"    ''' Subtract funds from bank account then {RLO} {LRI}''' ;return\n"
        "    bank[account] -= amount\n"
        "    return\n"
    ),
    "early-return.js": (
        "function subtractFunds(account, amount) {\n"
        f"  /* Subtract funds from the account then {RLO} {LRI}*/ return;\n"
        "  bank[account] -= amount;\n"
        "}\n"
    ),
    "early-return.swift": (
        "func subtractFunds(_ account: String, _ amount: Int) {\n"
        f"  /* Subtract funds from the account then {RLO} {LRI}*/ return\n"
        "  bank[account, default: 0] -= amount\n"
        "}\n"
    ),
    # Commenting out: code that runs looks like a comment.
    "commenting-out.py": (
        "is_admin = False\n"
        f"''' {RLO} ''' if is_admin: print('admin') {LRI}''' begin admins only {PDI}'''\n"
    ),
    "commenting-out.js": (
        "var isAdmin = false;\n"
        f"/*{RLO} }} {LRI}if (isAdmin){PDI} {LRI} begin admins only */\n"
        '    console.log("You are an admin.");\n'
        f"/* end admins only {RLO} {{ {LRI}*/\n"
    ),
    "commenting-out.swift": (
        "let isAdmin = false\n"
        f"/*{RLO} }} {LRI}if isAdmin{PDI} {LRI} begin admins only */\n"
        '    print("You are an admin.")\n'
        f"/* end admins only {RLO} {{ {LRI}*/\n"
    ),
    # Stretched string: part of a string literal looks like code or a comment.
    "stretched-string.py": (
        "access_level = 'user'\n"
        f"if access_level != 'none{RLO}{LRI}': # Check if admin{PDI}{LRI}' and access_level != 'user':\n"
        "    print('You are an admin.')\n"
    ),
    "stretched-string.js": (
        'var accessLevel = "user";\n'
        f'if (accessLevel != "user{RLO} {LRI}// Check if admin{PDI} {LRI}") {{\n'
        '    console.log("You are an admin.");\n'
        "}\n"
    ),
    "stretched-string.swift": (
        'let accessLevel = "user"\n'
        f'if accessLevel != "user{RLO} {LRI}// Check if admin{PDI} {LRI}" {{\n'
        '  print("You are an admin.")\n'
        "}\n"
    ),
    # Clean files: an Arabic comment with a right-to-left mark and a closed embedding are not findings.
    "clean.py": f"# تعليق عربي{RLM}\nname = '{RLE}نص{PDF}'\n",
    "clean.js": f"// تعليق عربي{RLM}\nconst name = '{RLE}نص{PDF}';\n",
    "clean.swift": f"// تعليق عربي{RLM}\nlet name = \"{RLE}نص{PDF}\"\n",
}


def main():
    folder = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "Fixtures", "trojan-source")
    os.makedirs(folder, exist_ok=True)
    for name, text in sorted(SAMPLES.items()):
        with open(os.path.join(folder, name), "w", encoding="utf-8", newline="") as f:
            f.write(text)


if __name__ == "__main__":
    main()
