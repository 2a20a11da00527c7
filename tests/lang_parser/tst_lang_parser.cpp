// Tests of the tokenizer, parser and AST against CPython 3.11.
//
// The expected texts under corpus/ and errors/ were produced by CPython 3.11 itself
// (ast.dump(ast.parse(...)), the node positions of its ast module, and the stderr of
// `python3 FILE.py`); regen_expectations.py regenerates them.

#include "lang/ast_dump.h"
#include "lang/parser.h"
#include "test_support.h"

#include <QtTest>

#include <random>

using namespace aw::lang;
using aw::lang::test::dataPath;
using aw::lang::test::readFile;

Q_DECLARE_METATYPE(std::string)

namespace {

std::string parseAndFormatError(const std::string& source, const std::string& filename = "test.py")
{
    ParseResult r = parseModule(source, filename);
    return r.error() ? r.error()->format() : std::string("(parsed)");
}

std::string joinLines(const std::vector<std::string>& lines)
{
    std::string out;
    for (const std::string& line : lines)
        out += line + "\n";
    return out;
}

} // namespace

class TestLangParser : public QObject {
    Q_OBJECT

private slots:
    // Every corpus program (the tutorial examples and programs covering each construct) must
    // give exactly CPython's ast.dump() and CPython's node positions.
    void corpus_data()
    {
        QTest::addColumn<std::string>("name");
        const auto names = test::listFiles(dataPath("corpus"), ".py");
        QVERIFY(names.size() >= 70);
        for (const std::string& name : names)
            QTest::newRow(name.c_str()) << name;
    }
    void corpus()
    {
        QFETCH(std::string, name);
        const std::string base = dataPath("corpus/" + name);
        ParseResult r = parseModule(readFile(base + ".py"), name + ".py");
        if (const SyntaxError* e = r.error())
            QFAIL(e->format().c_str());
        QCOMPARE(dumpModule(*r.module()) + "\n", readFile(base + ".ast"));
        QCOMPARE(joinLines(test::positions(*r.module())), readFile(base + ".pos"));
    }

    // Broken programs must give exactly what `python3 FILE.py` prints.
    void errors_data()
    {
        QTest::addColumn<std::string>("name");
        const auto names = test::listFiles(dataPath("errors"), ".py");
        QVERIFY(names.size() >= 40);
        for (const std::string& name : names)
            QTest::newRow(name.c_str()) << name;
    }
    void errors()
    {
        QFETCH(std::string, name);
        const std::string base = dataPath("errors/" + name);
        QCOMPARE(parseAndFormatError(readFile(base + ".py"), name + ".py"), readFile(base + ".expected"));
    }

    // Valid Python that scenarios do not support: each is reported, with its position.
    void unsupported_data()
    {
        QTest::addColumn<std::string>("source");
        QTest::addColumn<std::string>("construct");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("match statement") << std::string("x = 1\nmatch x:\n    case 1:\n        pass\n")
                                         << std::string("match statement") << 2 << 1;
        QTest::newRow("imaginary literal") << std::string("z = 2 + 1j\n") << std::string("imaginary number literal") << 1 << 9;
        QTest::newRow("named unicode escape") << std::string("dash = '\\N{EM DASH}'\n")
                                              << std::string("\\N{...} escape in a string") << 1 << 8;
        QTest::newRow("named escape in f-string") << std::string("x = f'\\N{BULLET} {y}'\n")
                                                  << std::string("\\N{...} escape in a string") << 1 << 5;
        QTest::newRow("source encoding") << std::string("# -*- coding: gbk -*-\nx = 1\n")
                                         << std::string("source encoding 'gbk' (use UTF-8)") << 0 << 0;
    }
    void unsupported()
    {
        QFETCH(std::string, source);
        QFETCH(std::string, construct);
        QFETCH(int, line);
        QFETCH(int, column);
        ParseResult r = parseModule(source, "scenario.py");
        QVERIFY(r.error());
        QCOMPARE(r.error()->kind, ErrorKind::Unsupported);
        QCOMPARE(r.error()->message, "not supported in scenarios: " + construct);
        QCOMPARE(r.error()->line, line);
        QCOMPARE(r.error()->column, column);
    }

    // Inputs that would exhaust the C++ stack of a naive recursive-descent parser end in
    // CPython's errors instead.
    void deepNesting_data()
    {
        QTest::addColumn<std::string>("source");
        QTest::addColumn<std::string>("firstLine");
        const auto repeat = [](std::string_view s, int n) {
            std::string out;
            for (int i = 0; i < n; ++i)
                out += s;
            return out;
        };
        QTest::newRow("parentheses") << "x = " + repeat("(", 100000) << std::string("  File \"test.py\", line 1");
        QTest::newRow("brackets in f-string") << "x = f'{" + repeat("[", 300) + "}'\n" << std::string("  File \"test.py\", line 1");
        QTest::newRow("unary minus") << "x = " + repeat("-", 1000000) + "1\n" << std::string("MemoryError");
        QTest::newRow("not") << "x = " + repeat("not ", 200000) + "1\n" << std::string("MemoryError");
        QTest::newRow("power") << "x = " + repeat("2 ** ", 100000) + "1\n" << std::string("MemoryError");
        QTest::newRow("lambda") << "x = " + repeat("lambda: ", 100000) + "1\n" << std::string("MemoryError");
        QTest::newRow("conditional") << "x = " + repeat("1 if y else ", 100000) + "1\n" << std::string("MemoryError");
        QTest::newRow("calls") << "x = f" + repeat("()", 100000) + "\n"
                               << std::string("RecursionError: maximum recursion depth exceeded during compilation");
        QTest::newRow("attributes") << "x = y" + repeat(".a", 100000) + "\n"
                                    << std::string("RecursionError: maximum recursion depth exceeded during compilation");
        QTest::newRow("blocks") << [&] {
            std::string s;
            for (int i = 0; i < 1000; ++i)
                s += std::string(static_cast<std::size_t>(i), ' ') + "if x:\n";
            return s;
        }() << std::string("  File \"test.py\", line 101");
    }
    void deepNesting()
    {
        QFETCH(std::string, source);
        QFETCH(std::string, firstLine);
        const std::string text = parseAndFormatError(source);
        QCOMPARE(text.substr(0, text.find('\n')), firstLine);
    }

    // Just inside CPython's limits: accepted, and deep trees can be walked (dumped) safely.
    void deepButValid()
    {
        const auto repeat = [](std::string_view s, int n) {
            std::string out;
            for (int i = 0; i < n; ++i)
                out += s;
            return out;
        };
        const std::string source = "a = " + repeat("-", 2998) + "1\n" + "b = " + repeat("1 + ", 2997) + "1\n" +
                                   "c = " + repeat("(", 200) + "1" + repeat(")", 200) + "\n" +
                                   "d = f'{" + repeat("[", 199) + repeat("]", 199) + "}'\n";
        ParseResult r = parseModule(source, "deep.py");
        if (const SyntaxError* e = r.error())
            QFAIL(e->format().c_str());
        QVERIFY(dumpModule(*r.module()).size() > 10000);
    }

    // Garbage in, an error or a module out: never a crash (most useful under ASan/UBSan).
    void garbageDoesNotCrash()
    {
        std::mt19937 random(20240601);
        std::vector<std::string> seeds;
        for (const std::string& name : test::listFiles(dataPath("corpus"), ".py"))
            seeds.push_back(readFile(dataPath("corpus/" + name + ".py")));
        const std::string alphabet = "()[]{}:;,.=+-*/\\'\"#@!$ \t\n\r\f\vabcfjruxz019_\x80\xff\xe4\xb8\xad\x00";
        int parsed = 0;
        for (int round = 0; round < 3000; ++round) {
            std::string source = seeds[random() % seeds.size()];
            const int edits = 1 + static_cast<int>(random() % 8);
            for (int e = 0; e < edits && !source.empty(); ++e) {
                const std::size_t at = random() % source.size();
                const char c = alphabet[random() % alphabet.size()];
                switch (random() % 3) {
                case 0: source[at] = c; break;
                case 1: source.insert(at, 1, c); break;
                default: source.erase(at, 1 + random() % 20); break;
                }
            }
            ParseResult r = parseModule(source, "fuzz.py");
            parsed += r.ok() ? 1 : 0;
            if (const SyntaxError* e = r.error())
                QVERIFY(!e->format().empty());
        }
        QVERIFY(parsed > 0);
    }

    void identifiersAreInterned()
    {
        auto names = std::make_shared<Interner>();
        ParseOptions options;
        options.names = names;
        ParseResult a = parseModule("value = other\nvalue = 1\n", "a.py", options);
        ParseResult b = parseModule("value = 2\n", "b.py", options);
        QVERIFY(a.ok() && b.ok());
        const auto target = [](const Module& m, int i) {
            return m.body()[static_cast<std::uint32_t>(i)]->as<AssignStmt>().targets[0]->as<NameExpr>().id;
        };
        const Identifier first = target(*a.module(), 0);
        QVERIFY(first == target(*a.module(), 1));
        QVERIFY(first == target(*b.module(), 0));
        QVERIFY(!(first == a.module()->body()[0]->as<AssignStmt>().value->as<NameExpr>().id));
        QCOMPARE(first.text(), std::string_view("value"));
        QVERIFY(names->find("value") == first);
        QVERIFY(!names->find("missing"));
    }

    void constantValues()
    {
        ParseResult r = parseModule("a = 9223372036854775807\nb = 0x10000000000000000\nc = 2.5e-3\n"
                                    "d = 'caf\\xe9\\ud800'\ne = b'\\x00\\xff'\nf = u'x'\n",
                                    "c.py");
        QVERIFY(r.ok());
        const auto value = [&](int i) -> const ConstantExpr& {
            return r.module()->body()[static_cast<std::uint32_t>(i)]->as<AssignStmt>().value->as<ConstantExpr>();
        };
        QCOMPARE(value(0).constKind, ConstantKind::Int);
        QCOMPARE(value(0).intValue, std::int64_t(9223372036854775807));
        QCOMPARE(value(1).constKind, ConstantKind::BigInt);
        QCOMPARE(value(1).text, std::string_view("18446744073709551616"));
        QCOMPARE(value(2).floatValue, 2.5e-3);
        QCOMPARE(value(3).text, std::string_view("caf\xc3\xa9\xed\xa0\x80"));
        QCOMPARE(value(4).text, std::string_view("\x00\xff", 2));
        QVERIFY(value(5).uPrefix);
    }

    void positionsAndColumns()
    {
        ParseResult r = parseModule("\xEF\xBB\xBFx = 1\r\nname = \"\xE4\xB8\xAD\xE6\x96\x87\" + y\r\n", "p.py");
        QVERIFY(r.ok());
        const Module& m = *r.module();
        QCOMPARE(m.source().lineCount(), 2u);
        QCOMPARE(m.source().line(2), std::string_view("name = \"\xE4\xB8\xAD\xE6\x96\x87\" + y"));
        const Expr* y = m.body()[1]->as<AssignStmt>().value->as<BinOpExpr>().right;
        QCOMPARE(y->span.line, 2u);
        QCOMPARE(y->span.col, 18u); // bytes, like CPython's col_offset
        QCOMPARE(m.source().characterColumn(2, y->span.col), 15u);

        ParseResult bad = parseModule("name = \"\xE4\xB8\xAD\xE6\x96\x87\" 2\n", "e.py");
        QVERIFY(bad.error());
        QCOMPARE(bad.error()->column, 13); // characters, 1-based
        QCOMPARE(bad.error()->offset, 17); // what CPython reports for a file without coding comment
        QCOMPARE(bad.error()->line, 1);
    }

    void emptyAndBlankSources()
    {
        for (const char* source : {"", "\n", "\n\n   \n", "# comment", "\xEF\xBB\xBF", "\r\n\r\n"}) {
            ParseResult r = parseModule(source, "empty.py");
            QVERIFY2(r.ok(), source);
            QCOMPARE(r.module()->body().size(), 0u);
        }
    }

    void unreadableFile()
    {
        ParseResult r = parseFile("/nonexistent/scenario.py");
        QVERIFY(r.error());
        QVERIFY(r.error()->message.find("can't open file") == 0);
    }
};

QTEST_APPLESS_MAIN(TestLangParser)
#include "tst_lang_parser.moc"
