package main

import (
	"github.com/nicksnyder/go-i18n/v2/i18n"
)

// Messages of the trust boundary (issue 11): paths, file limits, locks.
var (
	msgErrOutside     = &i18n.Message{ID: "err.path.outside", Other: "{{.key}}: {{.path}} leads outside the workspace; bitext reads and writes only inside it"}
	msgErrSymlink     = &i18n.Message{ID: "err.path.symlink", Other: "the segment file is a symbolic link; bitext replaces segment files when it writes them, so keep the file itself in the articles directory"}
	msgErrLockTimeout = &i18n.Message{ID: "err.lock.timeout", Other: "gave up after {{.timeout}} waiting for article {{.article}}, which {{.holder}} is writing (lock_timeout in bitext.yaml)"}
	msgErrNotRegular  = &i18n.Message{ID: "err.file.not-regular", Other: "not a regular file ({{.kind}}); bitext reads only regular files"}
	msgErrTooLarge    = &i18n.Message{ID: "err.file.too-large", Other: "the file is larger than {{.limit}} (max_file_size in bitext.yaml)"}
)

func init() {
	registerErrorMessages(msgErrOutside, msgErrSymlink, msgErrLockTimeout, msgErrNotRegular, msgErrTooLarge)
}
