//go:build !linux && !darwin

package workflow

import "os"

func sysStat(os.FileInfo, *fileStat) {} // size and modification time only
