package referee_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/apiary-rl/apiary/ledger/bindings"
)

// revertReason decodes a Referee custom error from a call error, for messages.
func revertReason(err error) string {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return err.Error()
	}
	s, _ := de.ErrorData().(string)
	data := common.FromHex(strings.TrimPrefix(s, "0x"))
	if len(data) >= 4 {
		if v, e := bindings.NewReferee().UnpackError(data); e == nil {
			return fmt.Sprintf("%T%+v", v, v)
		}
	}
	return err.Error() + " data=" + s
}
