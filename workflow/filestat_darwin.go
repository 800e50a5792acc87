package workflow

import (
	"os"
	"syscall"
)

func sysStat(st os.FileInfo, fs *fileStat) {
	if s, ok := st.Sys().(*syscall.Stat_t); ok {
		fs.Ino, fs.Ctime = s.Ino, s.Ctimespec.Sec*1e9+s.Ctimespec.Nsec
	}
}
