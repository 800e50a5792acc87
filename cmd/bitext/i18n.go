package main

import (
	"embed"
	"io/fs"
	"strings"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
	"gopkg.in/yaml.v3"
)

// Catalogs: English lives in the code, as i18n.Message literals next to their
// use (so `goi18n extract` finds them); Simplified Chinese lives in
// locales/*.zh-Hans.yaml, one file per area. TestCatalogsMatch checks that
// both hold the same ids.

//go:embed locales/*.yaml
var localeFS embed.FS

// zhHans is the one tag bitext uses for Chinese, everywhere.
var zhHans = language.Make("zh-Hans")

// bundleFor is the bundle for messages in lang: English messages are the
// literals beside their use, so only Chinese needs the catalogs read (a few
// milliseconds every command would pay).
func bundleFor(lang string) *i18n.Bundle {
	if lang != "zh" {
		return i18n.NewBundle(language.English)
	}
	return newBundle()
}

func newBundle() *i18n.Bundle {
	b := i18n.NewBundle(language.English)
	b.RegisterUnmarshalFunc("yaml", yaml.Unmarshal)
	paths, _ := fs.Glob(localeFS, "locales/*.yaml")
	for _, p := range paths {
		if _, err := b.LoadMessageFileFS(localeFS, p); err != nil {
			panic("bitext: broken catalog " + p + ": " + err.Error()) // caught by tests
		}
	}
	return b
}

// pickLang chooses the language of bitext's messages: --lang, else
// LC_ALL, LC_MESSAGES, LANG; Chinese for zh*, English otherwise.
func pickLang(flag string, getenv func(string) string) string {
	lang, _ := chooseLang(flag, getenv)
	return lang
}

// chooseLang is pickLang that also says when the language asked for is not
// the one bitext will speak: unavailable is the asked value when --lang
// names a language bitext has no messages in (English is used), or when
// --lang or the environment asks for Traditional Chinese (zh_TW, zh-Hant,
// ...: Simplified Chinese is used). An environment naming another language
// (LANG=fr_FR) gives English without a word, as the contract says.
func chooseLang(flag string, getenv func(string) string) (lang, unavailable string) {
	v := flag
	if v == "" {
		for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
			if v = getenv(k); v != "" {
				break
			}
		}
	}
	if strings.HasPrefix(strings.ToLower(v), "zh") {
		if traditional(v) {
			return "zh", v
		}
		return "zh", ""
	}
	if flag != "" && !strings.HasPrefix(strings.ToLower(flag), "en") {
		return "en", flag
	}
	return "en", ""
}

// traditional reports whether a locale (zh_TW.UTF-8, zh-Hant, zh-HK) asks
// for Traditional Chinese.
func traditional(locale string) bool {
	v, _, _ := strings.Cut(locale, ".")
	v, _, _ = strings.Cut(v, "@")
	tag, err := language.Parse(strings.ReplaceAll(v, "_", "-"))
	if err != nil {
		return false
	}
	script, _ := tag.Script()
	return script.String() == "Hant"
}

// localizer renders messages in one language, falling back to English.
type localizer struct {
	lang string
	l    *i18n.Localizer
}

func newLocalizer(bundle *i18n.Bundle, lang string) *localizer {
	tags := []string{"en"}
	if lang == "zh" {
		tags = []string{zhHans.String(), "en"}
	}
	return &localizer{lang: lang, l: i18n.NewLocalizer(bundle, tags...)}
}

// T renders a message with optional template data. With count set (the
// "Count" key of data), plural forms are chosen.
func (lz *localizer) T(m *i18n.Message, data map[string]any) string {
	cfg := &i18n.LocalizeConfig{DefaultMessage: m, TemplateData: data}
	if n, ok := data["Count"]; ok {
		cfg.PluralCount = n
	}
	s, err := lz.l.Localize(cfg)
	if s == "" && err != nil { // Localize can return a string and an error (#241): keep the string
		return m.Other
	}
	return s
}
