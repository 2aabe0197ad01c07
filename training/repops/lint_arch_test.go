package repops

import "runtime"

func runtimeGOARCH() string { return runtime.GOARCH }
