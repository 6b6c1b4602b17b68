#include "bundle/csv.hpp"

#include <gtest/gtest.h>

namespace kiosk::bundle {
namespace {

std::vector<std::string> messages(const CsvParse& parse) {
  std::vector<std::string> out;
  for (const Diagnostic& d : parse.diagnostics) out.push_back(d.to_string());
  return out;
}

TEST(Csv, ReadsHeaderAndRowsWithLineAndColumnOfEveryField) {
  const CsvParse p = parse_csv("id,name\na,b\nc,d\n", "t.csv");
  EXPECT_TRUE(p.diagnostics.empty());
  ASSERT_EQ(p.table.header.size(), 2u);
  EXPECT_EQ(p.table.header[1].text, "name");
  ASSERT_EQ(p.table.rows.size(), 2u);
  EXPECT_EQ(p.table.rows[1][0].text, "c");
  EXPECT_EQ(p.table.rows[1][0].line, 3);
  EXPECT_EQ(p.table.rows[1][1].column, 2);
}

TEST(Csv, QuotedFieldKeepsCommasAndDoubledQuotes) {
  const CsvParse p = parse_csv("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n", "t.csv");
  ASSERT_EQ(p.table.rows.size(), 1u);
  EXPECT_EQ(p.table.rows[0][0].text, "x, y");
  EXPECT_EQ(p.table.rows[0][1].text, "say \"hi\"");
}

TEST(Csv, EmptyQuotedAndUnquotedFieldsAreEmpty) {
  const CsvParse p = parse_csv("a,b,c\n,\"\",\n", "t.csv");
  ASSERT_EQ(p.table.rows.size(), 1u);
  for (const CsvField& f : p.table.rows[0]) EXPECT_EQ(f.text, "");
}

TEST(Csv, CrlfLfAndLoneCrGiveTheSameRecords) {
  const CsvParse lf = parse_csv("a,b\n1,2\n3,4\n", "t.csv");
  const CsvParse crlf = parse_csv("a,b\r\n1,2\r\n3,4\r\n", "t.csv");
  const CsvParse cr = parse_csv("a,b\r1,2\r3,4\r", "t.csv");
  for (const CsvParse* p : {&crlf, &cr}) {
    ASSERT_EQ(p->table.rows.size(), 2u);
    EXPECT_EQ(p->table.rows[1][1].text, "4");
    EXPECT_EQ(p->table.rows[1][1].line, lf.table.rows[1][1].line);
  }
}

TEST(Csv, EmbeddedLineBreaksKeepPhysicalLineNumbers) {
  const CsvParse p = parse_csv("a,b,c\r\n1,\"two\r\nlines\",3\r\n\"x\ny\nz\",5,6\r\n7,8,9\r\n", "t.csv");
  ASSERT_TRUE(p.diagnostics.empty());
  ASSERT_EQ(p.table.rows.size(), 3u);
  EXPECT_EQ(p.table.rows[0][1].text, "two\nlines");  // CRLF inside quotes becomes "\n"
  EXPECT_EQ(p.table.rows[0][1].line, 2);
  EXPECT_EQ(p.table.rows[0][2].line, 3);  // after the embedded line break
  EXPECT_EQ(p.table.rows[1][0].line, 4);
  EXPECT_EQ(p.table.rows[1][1].line, 6);
  EXPECT_EQ(p.table.rows[2][0].line, 7);
}

TEST(Csv, AcceptsUtf8ByteOrderMark) {
  const CsvParse p = parse_csv("\xEF\xBB\xBFid,name\nx,東北\n", "t.csv");
  ASSERT_EQ(p.table.header.size(), 2u);
  EXPECT_EQ(p.table.header[0].text, "id");
  EXPECT_EQ(p.table.rows[0][1].text, "東北");
}

TEST(Csv, LastRecordNeedsNoLineBreak) {
  const CsvParse p = parse_csv("a,b\n1,\"2\"", "t.csv");
  ASSERT_EQ(p.table.rows.size(), 1u);
  EXPECT_EQ(p.table.rows[0][1].text, "2");
}

TEST(Csv, CommaAtTheVeryEndGivesAnEmptyLastField) {
  const std::string text = "a,b\n1,";
  const std::vector<char> bytes(text.begin(),
                                text.end());  // no NUL after the end: a sanitizer sees overreads
  const CsvParse p = parse_csv(std::string_view(bytes.data(), bytes.size()), "t.csv");
  ASSERT_EQ(p.table.rows.size(), 1u);
  EXPECT_EQ(p.table.rows[0][1].text, "");
}

TEST(Csv, SkipsBlankLinesButCountsThem) {
  const CsvParse p = parse_csv("a,b\n\n1,2\r\n\r\n3,4\n\n", "t.csv");
  EXPECT_TRUE(p.diagnostics.empty());
  ASSERT_EQ(p.table.rows.size(), 2u);
  EXPECT_EQ(p.table.rows[0][0].line, 3);
  EXPECT_EQ(p.table.rows[1][0].line, 5);
}

TEST(Csv, EmptyFileHasNoHeader) {
  EXPECT_TRUE(parse_csv("", "t.csv").table.header.empty());
  EXPECT_TRUE(parse_csv("\xEF\xBB\xBF\n", "t.csv").table.header.empty());
}

TEST(Csv, ReportsInvalidUtf8WithLineAndColumn) {
  const CsvParse p = parse_csv("a,b\n1,2\n3,ab\xFF\n", "t.csv");
  EXPECT_EQ(
      messages(p),
      std::vector<std::string>{
          "t.csv:3:2: b: invalid UTF-8 (byte 0xFF at character 3 of the field); save the file as UTF-8"});
  EXPECT_EQ(p.table.rows.size(), 2u);  // kept: its other problems are still worth reporting
}

TEST(Csv, ReportsInvalidUtf8OnThePhysicalLineInsideAQuotedField) {
  const CsvParse p = parse_csv("a,b\n1,\"first\nsecond \xC3(\"\n", "t.csv");
  EXPECT_EQ(
      messages(p),
      std::vector<std::string>{
          "t.csv:3:2: b: invalid UTF-8 (byte 0xC3 at character 14 of the field); save the file as UTF-8"});
}

TEST(Csv, ReportsLatin1FileAsInvalidUtf8) {
  const CsvParse p = parse_csv("a\ncaf\xE9\n", "t.csv");  // "café" saved as Latin-1
  EXPECT_EQ(
      messages(p),
      std::vector<std::string>{
          "t.csv:2:1: a: invalid UTF-8 (byte 0xE9 at character 4 of the field); save the file as UTF-8"});
}

TEST(Csv, ReportsUnterminatedQuoteWhereItOpened) {
  const CsvParse p = parse_csv("a,b\n1,2\n3,\"never closed\n4,5\n", "t.csv");
  EXPECT_EQ(
      messages(p),
      std::vector<std::string>{
          "t.csv:3:2: b: quoted field is never closed; end it with '\"' (write a quote inside as \"\")"});
  EXPECT_EQ(p.table.rows.size(), 1u);
}

TEST(Csv, ReportsRowWithTooFewFieldsAndLeavesItOut) {
  const CsvParse p = parse_csv("a,b,c\n1,2\n4,5,6\n", "t.csv");
  EXPECT_EQ(
      messages(p),
      std::vector<std::string>{
          "t.csv:2:3: row has 2 fields, the header has 3; quote fields that contain ',' or line breaks"});
  ASSERT_EQ(p.table.rows.size(), 1u);
  EXPECT_EQ(p.table.rows[0][0].text, "4");
}

TEST(Csv, ReportsRowWithTooManyFieldsAtTheFirstSurplusField) {
  const CsvParse p = parse_csv("a,b\n1,2\n3,4,5\n", "t.csv");
  EXPECT_EQ(
      messages(p),
      std::vector<std::string>{
          "t.csv:3:3: row has 3 fields, the header has 2; quote fields that contain ',' or line breaks"});
  EXPECT_EQ(p.table.rows.size(), 1u);
}

TEST(Csv, ReportsTextAfterClosingQuote) {
  const CsvParse p = parse_csv("a,b\n\"x\"y,2\n", "t.csv");
  EXPECT_EQ(messages(p),
            std::vector<std::string>{
                "t.csv:2:1: a: text after the closing quote; put the whole field in double quotes and "
                "write a quote as \"\""});
}

TEST(Csv, ReportsQuoteInsideUnquotedField) {
  const CsvParse p = parse_csv("a,b\n1,5\"\n", "t.csv");
  EXPECT_EQ(messages(p),
            std::vector<std::string>{
                "t.csv:2:2: b: '\"' inside an unquoted field; put the whole field in double quotes and "
                "write a quote as \"\""});
}

}  // namespace
}  // namespace kiosk::bundle
