module fmaprobe

go 1.26
