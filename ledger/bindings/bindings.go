// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// SoftFloatHarnessMetaData contains all meta data concerning the SoftFloatHarness contract.
var SoftFloatHarnessMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"BadLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"op\",\"type\":\"uint8\"}],\"name\":\"UnknownOp\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OP_ADD\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OP_DIV\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OP_EQ\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OP_LE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OP_LT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OP_MAX\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OP_MIN\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OP_MUL\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OP_SQRT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OP_SUB\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"op\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"pairs\",\"type\":\"bytes\"}],\"name\":\"run\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"out\",\"type\":\"bytes\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "SoftFloatHarness",
	Bin: "0x6080604052348015600e575f5ffd5b50610ce48061001c5f395ff3fe608060405234801561000f575f5ffd5b50600436106100a6575f3560e01c80637dd6e57f1161006e5780637dd6e57f146100e857806390c2b10e146100f0578063c915efce146100f8578063f095416014610100578063f287537814610108578063f6cfb18814610128575f5ffd5b80630548a9e7146100aa57806316bcf3af146100c95780631754035e146100d15780632602c01e146100d9578063418de6ed146100e0575b5f5ffd5b6100b2600181565b60405160ff90911681526020015b60405180910390f35b6100b2600781565b6100b2600681565b6100b25f81565b6100b2600581565b6100b2600281565b6100b2600881565b6100b2600481565b6100b2600981565b61011b610116366004610b97565b610130565b6040516100c09190610c1c565b6100b2600381565b606061013d600883610c65565b1561016357604051631b69790160e01b8152600481018390526024015b60405180910390fd5b600960ff8516111561018d5760405163014daead60e41b815260ff8516600482015260240161015a565b5f610199600884610c8c565b90506101a6816004610c9f565b67ffffffffffffffff8111156101be576101be610cb6565b6040519080825280601f01601f1916602001820160405280156101e8576020820181803683370190505b509150835f5b82811015610246576008810282013560c081901c9060e01c63ffffffff82165f6102198b8484610250565b90506004850260208901016001600160e01b038151168260e01b17815250505050508060010190506101ee565b5050509392505050565b5f60ff841661026a576102638383610343565b905061033c565b5f1960ff85160161027f5761026383836104f3565b60011960ff851601610295576102638383610504565b60021960ff8516016102ab576102638383610609565b60031960ff8516016102c05761026383610752565b60041960ff8516016102ed576102d6838361081e565b6102e0575f6102e3565b60015b60ff16905061033c565b60051960ff851601610303576102d68383610866565b60061960ff851601610319576102d683836108af565b60071960ff85160161032f5761026383836108f7565b610339838361094d565b90505b9392505050565b5f637fffffff838116908316637f800000821015806103665750637f8000008110155b156103db57637f8000008211806103805750637f80000081115b1561039357637fc00000925050506104ed565b637f800000821480156103a95750637f80000081145b156103ca578385146103bf57637fc000006103c1565b845b925050506104ed565b637f80000082146103bf57836103c1565b805f036103f95781156103ee57846103c1565b5050508181166104ed565b815f0361040a5783925050506104ed565b8082101561041757929392905b627fffff8083169290821691601791821c911c5f82900361043b5760019150610444565b62800000841793505b805f036104535750600161045c565b62800000831792505b600893841b939290921b91808203602881111561047c576001935061049d565b801561049d5783811c935f196001831b0116801561049b576001851794505b505b5f6380000000888a18165f036104b657508484016104d0565b8486039050805f036104d0575f96505050505050506104ed565b6104e463800000008a16609e86038361099c565b96505050505050505b92915050565b5f61033c8363800000008418610343565b5f637fffffff838116908316838518638000000016637f80000083118061052e5750637f80000082115b1561054257637fc0000093505050506104ed565b637f8000008314806105575750637f80000082145b1561058b57821580610567575081155b1561057b57637fc0000093505050506104ed565b637f8000001792506104ed915050565b821580610596575081155b156105a55792506104ed915050565b627fffff8084169390831692601791821c911c5f8290036105c957600191506105d2565b62800000851794505b805f036105e1575060016105ea565b62800000841793505b6105fd8361012c8385010386880261099c565b98975050505050505050565b5f637fffffff838116908316838518638000000016637f8000008311806106335750637f80000082115b1561064757637fc0000093505050506104ed565b637f800000830361067957637f800000821461066957637f800000811761066f565b637fc000005b93505050506104ed565b637f800000820361068e5792506104ed915050565b815f036106a757821561066957637f800000811761066f565b825f036106b85792506104ed915050565b627fffff8084169390831692601791821c911c5f8290036106dc57600191506106e5565b62800000851794505b805f036106f4575060016106fd565b62800000841793505b604085901b5f85828161071257610712610c51565b049050600181901b86838161072957610729610c51565b0615610733576001175b610743866041868803038361099c565b9b9a5050505050505050505050565b5f637fffffff8216637f8000008111156107725750637fc0000092915050565b805f03610780575090919050565b63800000008316156107985750637fc0000092915050565b637f80000081036107aa575090919050565b627fffff81169060171c5f8190036107c4575060016107cd565b62800000821791505b609519810160018116156107e65760019290921b915f19015b606483901b5f6107f582610a5a565b9050600181901b8180028314610809576001175b6105fd5f60016002606319880105038361099c565b5f637f800000637fffffff841611806108405750637f800000637fffffff8316115b1561084c57505f6104ed565b61085582610ad3565b61085e84610ad3565b129392505050565b5f637f800000637fffffff841611806108885750637f800000637fffffff8316115b1561089457505f6104ed565b61089d82610ad3565b6108a684610ad3565b13159392505050565b5f637f800000637fffffff841611806108d15750637f800000637fffffff8316115b156108dd57505f6104ed565b6108e682610ad3565b6108ef84610ad3565b149392505050565b5f637f800000637fffffff841611806109195750637f800000637fffffff8316115b156109295750637fc000006104ed565b61093282610ad3565b61093b84610ad3565b12610946578161033c565b5090919050565b5f637f800000637fffffff8416118061096f5750637f800000637fffffff8316115b1561097f5750637fc000006104ed565b61098882610ad3565b61099184610ad3565b13610946578161033c565b5f5f6109a783610af7565b9050601719848201016094198112156109bf57506094195b5f8582136109d3575080850384901b610a27565b85820360a08111156109e7575f9150610a25565b85811c91505f19600180831b820188169183011b80821180610a1657508082148015610a165750836001166001145b15610a22576001840193505b50505b505b6095820160171b8101637f8000008110610a4d57637f800000881794505050505061033c565b9096179695505050505050565b5f815f03610a6957505f919050565b6002610a7483610af7565b60010181610a8457610a84610c51565b046001901b90505f6001828481610a9d57610a9d610c51565b048301901c90505b81811015610acd578091506001828481610ac157610ac1610c51565b048301901c9050610aa5565b50919050565b5f637fffffff8216638000000083168203610aee578061033c565b61033c81610cca565b5f608082901c15610b0a57608091821c91015b604082901c15610b1c57604091821c91015b602082901c15610b2e57602091821c91015b601082901c15610b4057601091821c91015b600882901c15610b5257600891821c91015b600482901c15610b6457600491821c91015b600282901c15610b7657600291821c91015b600182901c15610b8857600191821c91015b8115610b92576001015b919050565b5f5f5f60408486031215610ba9575f5ffd5b833560ff81168114610bb9575f5ffd5b9250602084013567ffffffffffffffff811115610bd4575f5ffd5b8401601f81018613610be4575f5ffd5b803567ffffffffffffffff811115610bfa575f5ffd5b866020828401011115610c0b575f5ffd5b939660209190910195509293505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b634e487b7160e01b5f52601260045260245ffd5b5f82610c7357610c73610c51565b500690565b634e487b7160e01b5f52601160045260245ffd5b5f82610c9a57610c9a610c51565b500490565b80820281158282048414176104ed576104ed610c78565b634e487b7160e01b5f52604160045260245ffd5b5f600160ff1b8201610cde57610cde610c78565b505f039056",
}

// SoftFloatHarness is an auto generated Go binding around an Ethereum contract.
type SoftFloatHarness struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *SoftFloatHarness) GetABI() abi.ABI {
	return c.abi
}

// NewSoftFloatHarness creates a new instance of SoftFloatHarness.
func NewSoftFloatHarness() *SoftFloatHarness {
	parsed, err := SoftFloatHarnessMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &SoftFloatHarness{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *SoftFloatHarness) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackOPADD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2602c01e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function OP_ADD() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) PackOPADD() []byte {
	enc, err := softFloatHarness.abi.Pack("OP_ADD")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOPADD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2602c01e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function OP_ADD() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) TryPackOPADD() ([]byte, error) {
	return softFloatHarness.abi.Pack("OP_ADD")
}

// UnpackOPADD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2602c01e.
//
// Solidity: function OP_ADD() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) UnpackOPADD(data []byte) (uint8, error) {
	out, err := softFloatHarness.abi.Unpack("OP_ADD", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackOPDIV is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf6cfb188.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function OP_DIV() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) PackOPDIV() []byte {
	enc, err := softFloatHarness.abi.Pack("OP_DIV")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOPDIV is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf6cfb188.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function OP_DIV() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) TryPackOPDIV() ([]byte, error) {
	return softFloatHarness.abi.Pack("OP_DIV")
}

// UnpackOPDIV is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf6cfb188.
//
// Solidity: function OP_DIV() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) UnpackOPDIV(data []byte) (uint8, error) {
	out, err := softFloatHarness.abi.Unpack("OP_DIV", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackOPEQ is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16bcf3af.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function OP_EQ() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) PackOPEQ() []byte {
	enc, err := softFloatHarness.abi.Pack("OP_EQ")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOPEQ is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16bcf3af.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function OP_EQ() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) TryPackOPEQ() ([]byte, error) {
	return softFloatHarness.abi.Pack("OP_EQ")
}

// UnpackOPEQ is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x16bcf3af.
//
// Solidity: function OP_EQ() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) UnpackOPEQ(data []byte) (uint8, error) {
	out, err := softFloatHarness.abi.Unpack("OP_EQ", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackOPLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1754035e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function OP_LE() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) PackOPLE() []byte {
	enc, err := softFloatHarness.abi.Pack("OP_LE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOPLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1754035e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function OP_LE() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) TryPackOPLE() ([]byte, error) {
	return softFloatHarness.abi.Pack("OP_LE")
}

// UnpackOPLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1754035e.
//
// Solidity: function OP_LE() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) UnpackOPLE(data []byte) (uint8, error) {
	out, err := softFloatHarness.abi.Unpack("OP_LE", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackOPLT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x418de6ed.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function OP_LT() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) PackOPLT() []byte {
	enc, err := softFloatHarness.abi.Pack("OP_LT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOPLT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x418de6ed.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function OP_LT() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) TryPackOPLT() ([]byte, error) {
	return softFloatHarness.abi.Pack("OP_LT")
}

// UnpackOPLT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x418de6ed.
//
// Solidity: function OP_LT() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) UnpackOPLT(data []byte) (uint8, error) {
	out, err := softFloatHarness.abi.Unpack("OP_LT", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackOPMAX is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0954160.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function OP_MAX() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) PackOPMAX() []byte {
	enc, err := softFloatHarness.abi.Pack("OP_MAX")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOPMAX is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0954160.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function OP_MAX() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) TryPackOPMAX() ([]byte, error) {
	return softFloatHarness.abi.Pack("OP_MAX")
}

// UnpackOPMAX is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf0954160.
//
// Solidity: function OP_MAX() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) UnpackOPMAX(data []byte) (uint8, error) {
	out, err := softFloatHarness.abi.Unpack("OP_MAX", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackOPMIN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90c2b10e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function OP_MIN() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) PackOPMIN() []byte {
	enc, err := softFloatHarness.abi.Pack("OP_MIN")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOPMIN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90c2b10e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function OP_MIN() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) TryPackOPMIN() ([]byte, error) {
	return softFloatHarness.abi.Pack("OP_MIN")
}

// UnpackOPMIN is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x90c2b10e.
//
// Solidity: function OP_MIN() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) UnpackOPMIN(data []byte) (uint8, error) {
	out, err := softFloatHarness.abi.Unpack("OP_MIN", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackOPMUL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7dd6e57f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function OP_MUL() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) PackOPMUL() []byte {
	enc, err := softFloatHarness.abi.Pack("OP_MUL")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOPMUL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7dd6e57f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function OP_MUL() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) TryPackOPMUL() ([]byte, error) {
	return softFloatHarness.abi.Pack("OP_MUL")
}

// UnpackOPMUL is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7dd6e57f.
//
// Solidity: function OP_MUL() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) UnpackOPMUL(data []byte) (uint8, error) {
	out, err := softFloatHarness.abi.Unpack("OP_MUL", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackOPSQRT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc915efce.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function OP_SQRT() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) PackOPSQRT() []byte {
	enc, err := softFloatHarness.abi.Pack("OP_SQRT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOPSQRT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc915efce.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function OP_SQRT() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) TryPackOPSQRT() ([]byte, error) {
	return softFloatHarness.abi.Pack("OP_SQRT")
}

// UnpackOPSQRT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc915efce.
//
// Solidity: function OP_SQRT() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) UnpackOPSQRT(data []byte) (uint8, error) {
	out, err := softFloatHarness.abi.Unpack("OP_SQRT", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackOPSUB is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0548a9e7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function OP_SUB() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) PackOPSUB() []byte {
	enc, err := softFloatHarness.abi.Pack("OP_SUB")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOPSUB is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0548a9e7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function OP_SUB() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) TryPackOPSUB() ([]byte, error) {
	return softFloatHarness.abi.Pack("OP_SUB")
}

// UnpackOPSUB is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0548a9e7.
//
// Solidity: function OP_SUB() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) UnpackOPSUB(data []byte) (uint8, error) {
	out, err := softFloatHarness.abi.Unpack("OP_SUB", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackRun is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2875378.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function run(uint8 op, bytes pairs) pure returns(bytes out)
func (softFloatHarness *SoftFloatHarness) PackRun(op uint8, pairs []byte) []byte {
	enc, err := softFloatHarness.abi.Pack("run", op, pairs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRun is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2875378.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function run(uint8 op, bytes pairs) pure returns(bytes out)
func (softFloatHarness *SoftFloatHarness) TryPackRun(op uint8, pairs []byte) ([]byte, error) {
	return softFloatHarness.abi.Pack("run", op, pairs)
}

// UnpackRun is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf2875378.
//
// Solidity: function run(uint8 op, bytes pairs) pure returns(bytes out)
func (softFloatHarness *SoftFloatHarness) UnpackRun(data []byte) ([]byte, error) {
	out, err := softFloatHarness.abi.Unpack("run", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (softFloatHarness *SoftFloatHarness) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], softFloatHarness.abi.Errors["BadLength"].ID.Bytes()[:4]) {
		return softFloatHarness.UnpackBadLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], softFloatHarness.abi.Errors["UnknownOp"].ID.Bytes()[:4]) {
		return softFloatHarness.UnpackUnknownOpError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// SoftFloatHarnessBadLength represents a BadLength error raised by the SoftFloatHarness contract.
type SoftFloatHarnessBadLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadLength(uint256 length)
func SoftFloatHarnessBadLengthErrorID() common.Hash {
	return common.HexToHash("0x1b6979012f947c08ee4d65f5a78b14e83bb235e34788f4e52e494dba87c60026")
}

// UnpackBadLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadLength(uint256 length)
func (softFloatHarness *SoftFloatHarness) UnpackBadLengthError(raw []byte) (*SoftFloatHarnessBadLength, error) {
	out := new(SoftFloatHarnessBadLength)
	if err := softFloatHarness.abi.UnpackIntoInterface(out, "BadLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SoftFloatHarnessUnknownOp represents a UnknownOp error raised by the SoftFloatHarness contract.
type SoftFloatHarnessUnknownOp struct {
	Op uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownOp(uint8 op)
func SoftFloatHarnessUnknownOpErrorID() common.Hash {
	return common.HexToHash("0x14daead0bd3a379aa48ec8d30bcf6a748a8e60be73f0dba01d159c0268ed8898")
}

// UnpackUnknownOpError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownOp(uint8 op)
func (softFloatHarness *SoftFloatHarness) UnpackUnknownOpError(raw []byte) (*SoftFloatHarnessUnknownOp, error) {
	out := new(SoftFloatHarnessUnknownOp)
	if err := softFloatHarness.abi.UnpackIntoInterface(out, "UnknownOp", raw); err != nil {
		return nil, err
	}
	return out, nil
}
