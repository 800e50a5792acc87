//go:build !unix

package workflow

import "os"

func dirFD(*os.File) int { return -1 }

func readAt(int, string, string, int64, []byte) ([]byte, error) { panic("not reached") }
