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

// Commitment is an auto generated low-level Go binding around an user-defined struct.
type Commitment struct {
	ContributionRoot [32]byte
	TraceRoot        [32]byte
	UpdateRoot       [32]byte
	UpdateSize       uint64
}

// Dispute is an auto generated low-level Go binding around an user-defined struct.
type Dispute struct {
	RunId          [32]byte
	Round          uint64
	Solver         common.Address
	Challenger     common.Address
	Bond           *big.Int
	Deadline       uint64
	RevealDeadline uint64
	Reveals        uint8
	State          uint8
	Outcome        uint8
	Pending        RevealRequest
}

// ElementProof is an auto generated low-level Go binding around an user-defined struct.
type ElementProof struct {
	Target         RecordProof
	Producers      [][]byte
	ProducerProofs []Inclusion
	Slot           uint8
	Element        uint64
	Output         TensorSlice
	Inputs         []TensorSlice
}

// Inclusion is an auto generated low-level Go binding around an user-defined struct.
type Inclusion struct {
	Index    uint32
	Count    uint32
	Siblings [][32]byte
}

// LedgerParams is an auto generated low-level Go binding around an user-defined struct.
type LedgerParams struct {
	Referee                  common.Address
	WithdrawDelay            uint64
	RevealWindow             uint64
	ResponseWindow           uint64
	WhistleblowerBps         uint16
	VerifiersPerContribution uint16
	MaxCommitsPerRound       uint16
	MaxReveals               uint8
}

// ProgramsHarnessCase is an auto generated low-level Go binding around an user-defined struct.
type ProgramsHarnessCase struct {
	Kind     uint16
	Attrs    []uint32
	Outputs  uint8
	Ins      []TensorSlice
	OutShape []uint32
	Slot     uint8
	Elems    []uint64
}

// RecordProof is an auto generated low-level Go binding around an user-defined struct.
type RecordProof struct {
	Record  []byte
	InStep  Inclusion
	InTrace Inclusion
}

// RefereeJudgement is an auto generated low-level Go binding around an user-defined struct.
type RefereeJudgement struct {
	Verdict   uint8
	Step      uint32
	Index     uint32
	Kind      uint16
	Computed  uint32
	Committed uint32
}

// RevealRequest is an auto generated low-level Go binding around an user-defined struct.
type RevealRequest struct {
	Step      uint32
	Record    uint32
	WithChunk bool
	Slot      uint8
	Chunk     uint32
}

// RunConfig is an auto generated low-level Go binding around an user-defined struct.
type RunConfig struct {
	ConfigHash       [32]byte
	Task             string
	Start            uint64
	RoundDuration    uint32
	NumRounds        uint32
	DisputeWindow    uint32
	MinStake         *big.Int
	DisputeBond      *big.Int
	InitialModelRoot [32]byte
	Bootstrap        []string
}

// RunsRound is an auto generated low-level Go binding around an user-defined struct.
type RunsRound struct {
	Closed          bool
	Finalized       bool
	SlashedCount    uint32
	OpenDisputes    uint32
	ClosedAt        uint64
	Beacon          [32]byte
	NextModelRoot   [32]byte
	Bonus           *big.Int
	PerContribution *big.Int
	Unclaimed       *big.Int
	Contributors    []common.Address
}

// RunsRun is an auto generated low-level Go binding around an user-defined struct.
type RunsRun struct {
	Submitter        common.Address
	Start            uint64
	RoundDuration    uint32
	NumRounds        uint32
	DisputeWindow    uint32
	FinalizedRounds  uint32
	ConfigHash       [32]byte
	InitialModelRoot [32]byte
	MinStake         *big.Int
	DisputeBond      *big.Int
	RewardPerRound   *big.Int
	Pool             *big.Int
	Task             string
	Bootstrap        []string
}

// StakingPeer is an auto generated low-level Go binding around an user-defined struct.
type StakingPeer struct {
	Registered   bool
	OpenDisputes uint32
	UnlockAt     uint64
	LockedUntil  uint64
	Stake        *big.Int
	Unstaking    *big.Int
}

// TensorSlice is an auto generated low-level Go binding around an user-defined struct.
type TensorSlice struct {
	Shape      []uint32
	FirstChunk uint32
	Chunks     []byte
	Siblings   [][32]byte
}

// IndexRefereeMetaData contains all meta data concerning the IndexReferee contract.
var IndexRefereeMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"BadRecord\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"BadSlice\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"kind\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"RowLimitExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"kind\",\"type\":\"uint16\"}],\"name\":\"UnsupportedKind\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"IMPOSSIBLE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"},{\"components\":[{\"components\":[{\"internalType\":\"bytes\",\"name\":\"record\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion\",\"name\":\"inStep\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion\",\"name\":\"inTrace\",\"type\":\"tuple\"}],\"internalType\":\"structRecordProof\",\"name\":\"target\",\"type\":\"tuple\"},{\"internalType\":\"bytes[]\",\"name\":\"producers\",\"type\":\"bytes[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion[]\",\"name\":\"producerProofs\",\"type\":\"tuple[]\"},{\"internalType\":\"uint8\",\"name\":\"slot\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"element\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32\",\"name\":\"firstChunk\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"chunks\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structTensorSlice\",\"name\":\"output\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32\",\"name\":\"firstChunk\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"chunks\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structTensorSlice[]\",\"name\":\"inputs\",\"type\":\"tuple[]\"}],\"internalType\":\"structElementProof\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"compute\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "IndexReferee",
	Bin: "0x6080604052348015600e575f5ffd5b506125528061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610034575f3560e01c8063e6f852e614610038578063ea1963b41461005d575b5f5ffd5b61004b610046366004612338565b610069565b60405190815260200160405180910390f35b61004b64010000000081565b5f806100876100788480612382565b61008290806123a0565b6100c6565b90505f5f6100a4836020015184604001518560800151518861054a565b91509150806100b8576401000000006100ba565b815b93505050505b92915050565b6040805160a0810182525f8082526020820152606091810182905281810182905260808101919091525f600983101561012f57604051631452bbb160e31b81526020600482015260056024820152641cda1bdc9d60da1b60448201526064015b60405180910390fd5b600184845f81610141576101416123e3565b9050013560f81c60f81b60f81c60ff161461018957604051631452bbb160e31b81526020600482015260076024820152663b32b939b4b7b760c91b6044820152606401610126565b50600161019984848360046105ca565b63ffffffff1682526101ac60048261240b565b90506101bb84848360026105ca565b61ffff1660208301526101cf60028261240b565b90505f6101df85858460016105ca565b90506101ec60018361240b565b91508067ffffffffffffffff8111156102075761020761241e565b604051908082528060200260200182016040528015610230578160200160208202803683370190505b5060408401525f5b8181101561028d5761024d86868560046105ca565b84604001518281518110610263576102636123e3565b63ffffffff9092166020928302919091019091015261028360048461240b565b9250600101610238565b5061029b85858460016105ca565b90506102a860018361240b565b91508067ffffffffffffffff8111156102c3576102c361241e565b60405190808252806020026020018201604052801561031a57816020015b6040805160a0810182525f808252602080830182905292820181905260608201819052608082015282525f199092019101816102e15790505b5060608401525f5b8181101561044a575f84606001518281518110610341576103416123e3565b6020026020010151905061035887878660016105ca565b60ff16815261036860018561240b565b815190945060ff165f036103bf5761038387878660046105ca565b63ffffffff1660208201526103a5878761039e87600461240b565b60016105ca565b60ff1660408201526103b860058561240b565b9350610422565b805160ff166001036103e8576103d887878660206105ca565b60608201526103b860208561240b565b604051631452bbb160e31b815260206004820152600e60248201526d1c9959995c995b98d9481ada5b9960921b6044820152606401610126565b61042f87878660206105ca565b608082015261043f60208561240b565b935050600101610322565b5061045885858460016105ca565b905061046560018361240b565b91508067ffffffffffffffff8111156104805761048061241e565b6040519080825280602002602001820160405280156104a9578160200160208202803683370190505b5060808401525f5b81811015610500576104c686868560206105ca565b60808501518051839081106104dd576104dd6123e3565b6020026020010181815250506020836104f6919061240b565b92506001016104b1565b5081841461054257604051631452bbb160e31b815260206004820152600e60248201526d747261696c696e6720627974657360901b6044820152606401610126565b505092915050565b5f5f61055586610628565b6105625761056286610690565b8360011461057457505f9050806105c1565b6105bc868661058660c0870187612432565b61059360a0890189612478565b61059d9080612432565b6105ad60a08b0160808c0161248c565b67ffffffffffffffff166106af565b915091505b94509492505050565b5f836105d6838561240b565b111561061157604051631452bbb160e31b81526020600482015260096024820152681d1c9d5b98d85d195960ba1b6044820152606401610126565b8285013560088302610100031c9050949350505050565b5f61ffff8216600d1480610640575061ffff8216600e145b8061064f575061ffff82166014145b8061065e575061ffff82166015145b8061066d575061ffff82166027145b8061067c575061ffff82166028145b806100c0575061ffff8216602a1492915050565b6040516315b2ed9960e01b815261ffff82166004820152602401610126565b5f80600d1961ffff8a16016106d5576106cc8888888888886107ed565b915091506107e1565b61ffff8916600d14806106ec575061ffff89166027145b806106fb575061ffff89166028145b1561070f576106cc89898989898989610957565b60131961ffff8a160161072a576106cc888888888888610a3d565b60141961ffff8a1601610745576106cc888888888888610e04565b6001861415806107555750875115155b8061079e57506107658585611027565b61079b88885f81811061077a5761077a6123e3565b905060200281019061078c9190612478565b6107969080612432565b611027565b14155b156107ad57505f9050806107e1565b6107da87875f8181106107c2576107c26123e3565b90506020028101906107d49190612478565b846110be565b6001915091505b97509795505050505050565b5f5f5f5f6107fe8a8a8a8a8a611249565b91509150805f03610816575f5f93509350505061094c565b61100082111561084b5760405163dda8a30360e01b8152600e6004820152602481018390526110006044820152606401610126565b5f5f5f6108b58c8c6001818110610864576108646123e3565b90506020028101906108769190612478565b86868d8d600181811061088b5761088b6123e3565b90506020020160208101906108a091906124b3565b6108b09063ffffffff168d6124ea565b611467565b925092509250826108d0575f5f96509650505050505061094c565b6040821115610905576040805163dda8a30360e01b8152600e6004820152602481018490526044810191909152606401610126565b6109408c8c83858c8f8f6001818110610920576109206123e3565b905060200201602081019061093591906124b3565b63ffffffff1661162c565b60019650965050505050505b965096945050505050565b5f80600286141580610981575061ffff8916602814610976575f610979565b60015b60ff16885114155b806109bd57508686600181811061099a5761099a6123e3565b90506020028101906109ac9190612478565b6109b69080612432565b9050600114155b156109cc57505f9050806107e1565b600c1961ffff8a16016109e6576106cc87878787876116a3565b60261961ffff8a1601610a00576106cc87878787876118f3565b610a2d885f81518110610a1557610a156123e3565b602002602001015163ffffffff168888888888611ad7565b9150915097509795505050505050565b5f80851580610a4e57508751600114155b80610a7b575084849050885f81518110610a6a57610a6a6123e3565b602002602001015163ffffffff1610155b15610a8a57505f90508061094c565b5f885f81518110610a9d57610a9d6123e3565b602090810291909101015163ffffffff1690505f805b88811015610bde57365f8b8b84818110610acf57610acf6123e3565b9050602002810190610ae19190612478565b610aeb9080612432565b9092509050888114610b07575f5f96509650505050505061094c565b5f5b89811015610b9757858114158015610b7957508a8a82818110610b2e57610b2e6123e3565b9050602002016020810190610b4391906124b3565b63ffffffff16838383818110610b5b57610b5b6123e3565b9050602002016020810190610b7091906124b3565b63ffffffff1614155b15610b8f575f5f9750975050505050505061094c565b600101610b09565b50818186818110610baa57610baa6123e3565b9050602002016020810190610bbf91906124b3565b610bcf9063ffffffff168561240b565b93505050806001019050610ab3565b50868683818110610bf157610bf16123e3565b9050602002016020810190610c0691906124b3565b63ffffffff168114610c1f575f5f93509350505061094c565b5f610c2b888885611d0f565b90505f610c3882846124fd565b610c4290886124ea565b90505f83610c50848a6124ea565b610c5a9190612514565b90505f5b8c8c82818110610c7057610c706123e3565b9050602002810190610c829190612478565b610c8c9080612432565b87818110610c9c57610c9c6123e3565b9050602002016020810190610cb191906124b3565b63ffffffff168210610d32578c8c82818110610ccf57610ccf6123e3565b9050602002810190610ce19190612478565b610ceb9080612432565b87818110610cfb57610cfb6123e3565b9050602002016020810190610d1091906124b3565b610d209063ffffffff1683612527565b9150610d2b8161253a565b9050610c5e565b5f8d8d83818110610d4557610d456123e3565b9050602002810190610d579190612478565b610d619080612432565b88818110610d7157610d716123e3565b9050602002016020810190610d8691906124b3565b63ffffffff169050610dee8e8e84818110610da357610da36123e3565b9050602002810190610db59190612478565b610dbf878d612514565b8786610dcb868a6124fd565b610dd5919061240b565b610ddf91906124fd565b610de9919061240b565b6110be565b9f60019f509d5050505050505050505050505050565b5f80600186141580610e1857508751600314155b15610e2757505f90508061094c565b365f88885f818110610e3b57610e3b6123e3565b9050602002810190610e4d9190612478565b610e579080612432565b915091505f8a5f81518110610e6e57610e6e6123e3565b602002602001015163ffffffff1690505f8b600181518110610e9257610e926123e3565b602002602001015163ffffffff1690505f8c600281518110610eb657610eb66123e3565b602002602001015163ffffffff1690508484905083101580610ed85750838914155b80610ee257508181105b80610f185750848484818110610efa57610efa6123e3565b9050602002016020810190610f0f91906124b3565b63ffffffff1681115b15610f2d575f5f96509650505050505061094c565b5f5b89811015610fc557838114610f7057858582818110610f5057610f506123e3565b9050602002016020810190610f6591906124b3565b63ffffffff16610f7a565b610f7a8383612527565b8b8b83818110610f8c57610f8c6123e3565b9050602002016020810190610fa191906124b3565b63ffffffff1614610fbd575f5f9750975050505050505061094c565b600101610f2f565b506109408c8c5f818110610fdb57610fdb6123e3565b9050602002810190610fed9190612478565b610de98c8c87878b8b8b818110611006576110066123e3565b905060200201602081019061101b91906124b3565b63ffffffff168f611d70565b5f6004821115611069576040516351a6cb4960e01b815260206004820152600c60248201526b1c985b9ac818589bdd99480d60a21b6044820152606401610126565b5060015f5b828110156110b757838382818110611088576110886123e3565b905060200201602081019061109d91906124b3565b6110ad9063ffffffff16836124fd565b915060010161106e565b5092915050565b5f8060406110d1858201602087016124b3565b63ffffffff166110e191906124fd565b90508083108061111d57506110f960408501856123a0565b90506111058285612527565b6111109060046124fd565b61111b90600461240b565b115b1561116b576040516351a6cb4960e01b815260206004820152601960248201527f656c656d656e74206f7574736964652074686520736c696365000000000000006044820152606401610126565b5f6111768285612527565b6111819060046124fd565b9050365f61119260408801886123a0565b9092509050601882826111a686600361240b565b8181106111b5576111b56123e3565b919091013560f81c90911b9050601083836111d187600261240b565b8181106111e0576111e06123e3565b919091013560f81c90911b9050600884846111fc88600161240b565b81811061120b5761120b6123e3565b919091013560f81c90911b905084848781811061122a5761122a6123e3565b9050013560f81c60f81b60f81c60ff1617171794505050505092915050565b5f80600285108061125c57508651600114155b1561126b57505f90508061145d565b365f87875f81811061127f5761127f6123e3565b90506020028101906112919190612478565b61129b9080612432565b91509150365f898960018181106112b4576112b46123e3565b90506020028101906112c69190612478565b6112d09080612432565b915091508a5f815181106112e6576112e66123e3565b602002602001015163ffffffff16945083839050600214158061130a575060018114155b8061136d575083835f818110611322576113226123e3565b905060200201602081019061133791906124b3565b63ffffffff1682825f81811061134f5761134f6123e3565b905060200201602081019061136491906124b3565b63ffffffff1614155b80611379575060028714155b806113b057508488885f818110611392576113926123e3565b90506020020160208101906113a791906124b3565b63ffffffff1614155b806114155750838360018181106113c9576113c96123e3565b90506020020160208101906113de91906124b3565b63ffffffff16888860018181106113f7576113f76123e3565b905060200201602081019061140c91906124b3565b63ffffffff1614155b15611429575f5f955095505050505061145d565b83835f81811061143b5761143b6123e3565b905060200201602081019061145091906124b3565b63ffffffff169550505050505b9550959350505050565b5f80606061147b60408801602089016124b3565b63ffffffff161515806114a557506114948660046124fd565b6114a160408901896123a0565b9050105b156114e3576040516351a6cb4960e01b815260206004820152600d60248201526c696473206e6f742077686f6c6560981b6044820152606401610126565b365f6114f260408a018a6123a0565b60408051818152610820810182529294509092509081602082016108008036833701905050935061159d565b5f5f637fffffff831661153357506001611596565b8260171c609e8111607f8210171561154b5750611596565b627fffff841662800000176096821080156115845782609603600180821b0383161561157a5750505050611596565b82901c945061158d565b81609684031b94505b50505083821090505b9250929050565b60019550602084015f5b8a81101561161d576004810285013560e01c8060181c61ff008260081c161761ff00821660081b60ff831660181b171790506115e38b8261151e565b9150816115f4575f9950505061161d565b8a8103611613578489101561160c578260208a028501525b6001890198505b50506001016115a7565b50505050509450945094915050565b5f80805b85811015611697575f61167d8a8a85611649898b612514565b898d888151811061165c5761165c6123e3565b602002602001015161166e91906124fd565b611678919061240b565b611e2c565b909350905061168c8482611eff565b935050600101611630565b50509695505050505050565b5f5f365f88885f8181106116b9576116b96123e3565b90506020028101906116cb9190612478565b6116d59080612432565b90925090506002811415806116eb575060028614155b8061177b575088886001818110611704576117046123e3565b90506020028101906117169190612478565b6117209080612432565b5f818110611730576117306123e3565b905060200201602081019061174591906124b3565b63ffffffff1687875f81811061175d5761175d6123e3565b905060200201602081019061177291906124b3565b63ffffffff1614155b806117e0575081816001818110611794576117946123e3565b90506020020160208101906117a991906124b3565b63ffffffff16878760018181106117c2576117c26123e3565b90506020020160208101906117d791906124b3565b63ffffffff1614155b156117f2575f5f93509350505061145d565b5f82826001818110611806576118066123e3565b905060200201602081019061181b91906124b3565b63ffffffff1690505f5f61188c61185a8d8d600181811061183e5761183e6123e3565b90506020028101906118509190612478565b610de9868c6124ea565b86865f81811061186c5761186c6123e3565b905060200201602081019061188191906124b3565b63ffffffff166120ad565b91509150816118a5575f5f96509650505050505061145d565b6118e08c8c5f8181106118ba576118ba6123e3565b90506020028101906118cc9190612478565b6118d6858b612514565b610ddf86856124fd565b9c60019c509a5050505050505050505050565b5f5f365f88885f818110611909576119096123e3565b905060200281019061191b9190612478565b6119259080612432565b915091505f8989600181811061193d5761193d6123e3565b905060200281019061194f9190612478565b6119599080612432565b5f818110611969576119696123e3565b905060200201602081019061197e91906124b3565b63ffffffff1690506002821415806119c257508083835f8181106119a4576119a46123e3565b90506020020160208101906119b991906124b3565b63ffffffff1614155b806119ce575060018714155b80611a0557508088885f8181106119e7576119e76123e3565b90506020020160208101906119fc91906124b3565b63ffffffff1614155b15611a18575f5f9450945050505061145d565b5f5f611a5e611a4b8d8d6001818110611a3357611a336123e3565b9050602002810190611a459190612478565b8a6110be565b8686600181811061186c5761186c6123e3565b9150915081611a77575f5f96509650505050505061145d565b6118e08c8c5f818110611a8c57611a8c6123e3565b9050602002810190611a9e9190612478565b8287876001818110611ab257611ab26123e3565b9050602002016020810190611ac791906124b3565b610ddf9063ffffffff168c6124fd565b5f5f5f87876001818110611aed57611aed6123e3565b9050602002810190611aff9190612478565b611b099080612432565b5f818110611b1957611b196123e3565b9050602002016020810190611b2e91906124b3565b63ffffffff169050881580611b73575087875f818110611b5057611b506123e3565b9050602002810190611b629190612478565b611b6c9080612432565b9050600114155b80611bd657508088885f818110611b8c57611b8c6123e3565b9050602002810190611b9e9190612478565b611ba89080612432565b5f818110611bb857611bb86123e3565b9050602002016020810190611bcd91906124b3565b63ffffffff1614155b80611be2575060028514155b80611c1957508086865f818110611bfb57611bfb6123e3565b9050602002016020810190611c1091906124b3565b63ffffffff1614155b80611c5157508886866001818110611c3357611c336123e3565b9050602002016020810190611c4891906124b3565b63ffffffff1614155b15611c62575f5f925092505061094c565b5f5f611c9f611c998b8b6001818110611c7d57611c7d6123e3565b9050602002810190611c8f9190612478565b610de98e8a6124ea565b8c6120ad565b9150915081611cb6575f5f9450945050505061094c565b80611cc18c88612514565b14611ccc575f611cfd565b611cfd8a8a5f818110611ce157611ce16123e3565b9050602002810190611cf39190612478565b610de98d896124ea565b9b60019b509950505050505050505050565b60015f611d1c838361240b565b90505b83811015611d6857848482818110611d3957611d396123e3565b9050602002016020810190611d4e91906124b3565b611d5e9063ffffffff16836124fd565b9150600101611d1f565b509392505050565b5f5f611d7d888888611d0f565b90505f888888818110611d9257611d926123e3565b9050602002016020810190611da791906124b3565b63ffffffff1690505f611dba83836124fd565b611dc490866124ea565b90505f82611dd285886124ea565b611ddc9190612514565b9050611de88487612514565b84828a611df58b876124fd565b611dff919061240b565b611e09919061240b565b611e1391906124fd565b611e1d919061240b565b9b9a5050505050505050505050565b5f5f5b611e5b868686818110611e4457611e446123e3565b9050602002810190611e569190612478565b612192565b8310611ed1578315611e7757611e7284600161240b565b611e7a565b60025b9350848410611ecc576040516351a6cb4960e01b815260206004820152601d60248201527f647920656c656d656e74206f7574736964652074686520736c696365730000006044820152606401610126565b611e2f565b836105bc878787818110611ee757611ee76123e3565b9050602002810190611ef99190612478565b856110be565b5f637fffffff838116908316637f80000082101580611f225750637f8000008110155b15611f9757637f800000821180611f3c5750637f80000081115b15611f4f57637fc00000925050506100c0565b637f80000082148015611f655750637f80000081145b15611f8657838514611f7b57637fc00000611f7d565b845b925050506100c0565b637f8000008214611f7b5783611f7d565b805f03611fb5578115611faa5784611f7d565b5050508181166100c0565b815f03611fc65783925050506100c0565b80821015611fd357929392905b627fffff8083169290821691601791821c911c5f829003611ff75760019150612000565b62800000841793505b805f0361200f57506001612018565b62800000831792505b600893841b939290921b9180820360288111156120385760019350612059565b80156120595783811c935f196001831b01168015612057576001851794505b505b5f6380000000888a18165f03612072575084840161208c565b8486039050805f0361208c575f96505050505050506100c0565b6120a063800000008a16609e8603836121d8565b9998505050505050505050565b5f80637fffffff84168082036120ca5760015f9250925050611596565b638000000085161515806120e25750637f8000008110155b156120f3575f5f9250925050611596565b601781901c607f8110806121075750609e81115b15612119575f5f935093505050611596565b62800000627fffff8316175f6096831061214257612138609684612527565b82901b9050612184565b600161214f846096612527565b6001901b61215d9190612527565b821615612173575f5f9550955050505050611596565b61217e836096612527565b82901c90505b958610979596505050505050565b5f60046121a260408401846123a0565b6121ad9291506124ea565b60406121be848201602086016124b3565b63ffffffff166121ce91906124fd565b6100c0919061240b565b5f5f6121e383612298565b9050601719848201016094198112156121fb57506094195b5f85821361220f575080850384901b612263565b85820360a0811115612223575f9150612261565b85811c91505f19600180831b820188169183011b80821180612252575080821480156122525750836001166001145b1561225e576001840193505b50505b505b6095820160171b8101637f800000811061228957637f8000008817945050505050612291565b871793505050505b9392505050565b5f608082901c156122ab57608091821c91015b604082901c156122bd57604091821c91015b602082901c156122cf57602091821c91015b601082901c156122e157601091821c91015b600882901c156122f357600891821c91015b600482901c1561230557600491821c91015b600282901c1561231757600291821c91015b600182901c1561232957600191821c91015b8115612333576001015b919050565b5f5f60408385031215612349575f5ffd5b82359150602083013567ffffffffffffffff811115612366575f5ffd5b830160e08186031215612377575f5ffd5b809150509250929050565b5f8235605e19833603018112612396575f5ffd5b9190910192915050565b5f5f8335601e198436030181126123b5575f5ffd5b83018035915067ffffffffffffffff8211156123cf575f5ffd5b602001915036819003821315611596575f5ffd5b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b808201808211156100c0576100c06123f7565b634e487b7160e01b5f52604160045260245ffd5b5f5f8335601e19843603018112612447575f5ffd5b83018035915067ffffffffffffffff821115612461575f5ffd5b6020019150600581901b3603821315611596575f5ffd5b5f8235607e19833603018112612396575f5ffd5b5f6020828403121561249c575f5ffd5b813567ffffffffffffffff81168114612291575f5ffd5b5f602082840312156124c3575f5ffd5b813563ffffffff81168114612291575f5ffd5b634e487b7160e01b5f52601260045260245ffd5b5f826124f8576124f86124d6565b500490565b80820281158282048414176100c0576100c06123f7565b5f82612522576125226124d6565b500690565b818103818111156100c0576100c06123f7565b5f6001820161254b5761254b6123f7565b506001019056",
}

// IndexReferee is an auto generated Go binding around an Ethereum contract.
type IndexReferee struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IndexReferee) GetABI() abi.ABI {
	return c.abi
}

// NewIndexReferee creates a new instance of IndexReferee.
func NewIndexReferee() *IndexReferee {
	parsed, err := IndexRefereeMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IndexReferee{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IndexReferee) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackIMPOSSIBLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea1963b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function IMPOSSIBLE() view returns(uint256)
func (indexReferee *IndexReferee) PackIMPOSSIBLE() []byte {
	enc, err := indexReferee.abi.Pack("IMPOSSIBLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIMPOSSIBLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea1963b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function IMPOSSIBLE() view returns(uint256)
func (indexReferee *IndexReferee) TryPackIMPOSSIBLE() ([]byte, error) {
	return indexReferee.abi.Pack("IMPOSSIBLE")
}

// UnpackIMPOSSIBLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xea1963b4.
//
// Solidity: function IMPOSSIBLE() view returns(uint256)
func (indexReferee *IndexReferee) UnpackIMPOSSIBLE(data []byte) (*big.Int, error) {
	out, err := indexReferee.abi.Unpack("IMPOSSIBLE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCompute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe6f852e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function compute(bytes32 , ((bytes,(uint32,uint32,bytes32[]),(uint32,uint32,bytes32[])),bytes[],(uint32,uint32,bytes32[])[],uint8,uint64,(uint32[],uint32,bytes,bytes32[]),(uint32[],uint32,bytes,bytes32[])[]) p) pure returns(uint256)
func (indexReferee *IndexReferee) PackCompute(arg0 [32]byte, p ElementProof) []byte {
	enc, err := indexReferee.abi.Pack("compute", arg0, p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCompute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe6f852e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function compute(bytes32 , ((bytes,(uint32,uint32,bytes32[]),(uint32,uint32,bytes32[])),bytes[],(uint32,uint32,bytes32[])[],uint8,uint64,(uint32[],uint32,bytes,bytes32[]),(uint32[],uint32,bytes,bytes32[])[]) p) pure returns(uint256)
func (indexReferee *IndexReferee) TryPackCompute(arg0 [32]byte, p ElementProof) ([]byte, error) {
	return indexReferee.abi.Pack("compute", arg0, p)
}

// UnpackCompute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe6f852e6.
//
// Solidity: function compute(bytes32 , ((bytes,(uint32,uint32,bytes32[]),(uint32,uint32,bytes32[])),bytes[],(uint32,uint32,bytes32[])[],uint8,uint64,(uint32[],uint32,bytes,bytes32[]),(uint32[],uint32,bytes,bytes32[])[]) p) pure returns(uint256)
func (indexReferee *IndexReferee) UnpackCompute(data []byte) (*big.Int, error) {
	out, err := indexReferee.abi.Unpack("compute", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (indexReferee *IndexReferee) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], indexReferee.abi.Errors["BadRecord"].ID.Bytes()[:4]) {
		return indexReferee.UnpackBadRecordError(raw[4:])
	}
	if bytes.Equal(raw[:4], indexReferee.abi.Errors["BadSlice"].ID.Bytes()[:4]) {
		return indexReferee.UnpackBadSliceError(raw[4:])
	}
	if bytes.Equal(raw[:4], indexReferee.abi.Errors["RowLimitExceeded"].ID.Bytes()[:4]) {
		return indexReferee.UnpackRowLimitExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], indexReferee.abi.Errors["UnsupportedKind"].ID.Bytes()[:4]) {
		return indexReferee.UnpackUnsupportedKindError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// IndexRefereeBadRecord represents a BadRecord error raised by the IndexReferee contract.
type IndexRefereeBadRecord struct {
	Why string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadRecord(string why)
func IndexRefereeBadRecordErrorID() common.Hash {
	return common.HexToHash("0xa295dd88c48a1becabd9063fed5e9fccfa802c93c4b175bfa14d241fd23368ca")
}

// UnpackBadRecordError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadRecord(string why)
func (indexReferee *IndexReferee) UnpackBadRecordError(raw []byte) (*IndexRefereeBadRecord, error) {
	out := new(IndexRefereeBadRecord)
	if err := indexReferee.abi.UnpackIntoInterface(out, "BadRecord", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IndexRefereeBadSlice represents a BadSlice error raised by the IndexReferee contract.
type IndexRefereeBadSlice struct {
	Why string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSlice(string why)
func IndexRefereeBadSliceErrorID() common.Hash {
	return common.HexToHash("0x51a6cb492abb55c1f2f0891af76bce54b9f0c9831c44982d0809a8c8db05ac7d")
}

// UnpackBadSliceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSlice(string why)
func (indexReferee *IndexReferee) UnpackBadSliceError(raw []byte) (*IndexRefereeBadSlice, error) {
	out := new(IndexRefereeBadSlice)
	if err := indexReferee.abi.UnpackIntoInterface(out, "BadSlice", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IndexRefereeRowLimitExceeded represents a RowLimitExceeded error raised by the IndexReferee contract.
type IndexRefereeRowLimitExceeded struct {
	Kind   uint16
	Length *big.Int
	Limit  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RowLimitExceeded(uint16 kind, uint256 length, uint256 limit)
func IndexRefereeRowLimitExceededErrorID() common.Hash {
	return common.HexToHash("0xdda8a303a4315fe00008980e157a2c848cf7664ef5b4ab2ef5710c5169e14abf")
}

// UnpackRowLimitExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RowLimitExceeded(uint16 kind, uint256 length, uint256 limit)
func (indexReferee *IndexReferee) UnpackRowLimitExceededError(raw []byte) (*IndexRefereeRowLimitExceeded, error) {
	out := new(IndexRefereeRowLimitExceeded)
	if err := indexReferee.abi.UnpackIntoInterface(out, "RowLimitExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IndexRefereeUnsupportedKind represents a UnsupportedKind error raised by the IndexReferee contract.
type IndexRefereeUnsupportedKind struct {
	Kind uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnsupportedKind(uint16 kind)
func IndexRefereeUnsupportedKindErrorID() common.Hash {
	return common.HexToHash("0x15b2ed99bed104d264921e63bcb2ae2675924ea64bc8cf7df07ec59a6372c50c")
}

// UnpackUnsupportedKindError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnsupportedKind(uint16 kind)
func (indexReferee *IndexReferee) UnpackUnsupportedKindError(raw []byte) (*IndexRefereeUnsupportedKind, error) {
	out := new(IndexRefereeUnsupportedKind)
	if err := indexReferee.abi.UnpackIntoInterface(out, "UnsupportedKind", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerMetaData contains all meta data concerning the Ledger contract.
var LedgerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"referee\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"withdrawDelay\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revealWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"responseWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"whistleblowerBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"verifiersPerContribution\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"maxCommitsPerRound\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"maxReveals\",\"type\":\"uint8\"}],\"internalType\":\"structLedgerParams\",\"name\":\"p\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"}],\"name\":\"AlreadyAttested\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"}],\"name\":\"AlreadyCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"AlreadyFinalized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"}],\"name\":\"AlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"BadParams\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"BadRunConfig\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"need\",\"type\":\"uint256\"}],\"name\":\"BondTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"DisputeActive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"DisputeNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"closedAt\",\"type\":\"uint64\"}],\"name\":\"DisputeWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"until\",\"type\":\"uint64\"}],\"name\":\"DisputeWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"open\",\"type\":\"uint32\"}],\"name\":\"DisputesPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"need\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"}],\"name\":\"NoContribution\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"NoRevealPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"}],\"name\":\"NoReward\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"NoSuchRound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"}],\"name\":\"NotAContributor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotChallenger\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"}],\"name\":\"NotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotSolver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotSubmitter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"NotTimedOut\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"openDisputes\",\"type\":\"uint32\"}],\"name\":\"PeerInDispute\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"RevealMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"revealDeadline\",\"type\":\"uint64\"}],\"name\":\"RevealPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"RoundAlreadyClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"RoundFull\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"RoundNotClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"RoundNotFinalized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"opensAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"closesAt\",\"type\":\"uint64\"}],\"name\":\"RoundNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"closesAt\",\"type\":\"uint64\"}],\"name\":\"RoundStillOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"finalized\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"rounds\",\"type\":\"uint32\"}],\"name\":\"RunNotOver\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SelfDispute\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"until\",\"type\":\"uint64\"}],\"name\":\"StakeLocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"max\",\"type\":\"uint8\"}],\"name\":\"TooManyReveals\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"UnknownDispute\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"}],\"name\":\"UnknownRun\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"UnstakeExceedsStake\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroTraceRoot\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"position\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"contributionRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"updateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"updateSize\",\"type\":\"uint64\"}],\"indexed\":false,\"internalType\":\"structCommitment\",\"name\":\"commitment\",\"type\":\"tuple\"}],\"name\":\"Committed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DisputeOpened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"winner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumDisputeOutcome\",\"name\":\"outcome\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"whistleblowerReward\",\"type\":\"uint256\"}],\"name\":\"DisputeResolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"}],\"name\":\"ModelAgreed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"votes\",\"type\":\"uint32\"}],\"name\":\"ModelAttested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PoolReclaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"}],\"name\":\"Registered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"step\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"record\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"withChunk\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"slot\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"chunk\",\"type\":\"uint32\"}],\"indexed\":false,\"internalType\":\"structRevealRequest\",\"name\":\"request\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"revealDeadline\",\"type\":\"uint64\"}],\"name\":\"RevealRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"step\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"record\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"recordBytes\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32\",\"name\":\"firstChunk\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"chunks\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"indexed\":false,\"internalType\":\"structTensorSlice\",\"name\":\"chunk\",\"type\":\"tuple\"}],\"name\":\"Revealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"RewardClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"beacon\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"contributions\",\"type\":\"uint32\"}],\"name\":\"RoundClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"eligible\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"perContribution\",\"type\":\"uint256\"}],\"name\":\"RoundFinalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"task\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"roundDuration\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"numRounds\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string[]\",\"name\":\"bootstrap\",\"type\":\"string[]\"}],\"name\":\"RunCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Slashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"StakeWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"name\":\"Staked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"unlockAt\",\"type\":\"uint64\"}],\"name\":\"UnstakeRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"}],\"name\":\"attestModel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"claimReward\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"closeRound\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"contributionRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"updateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"updateSize\",\"type\":\"uint64\"}],\"internalType\":\"structCommitment\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"commit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"r\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"peer_\",\"type\":\"address\"}],\"name\":\"commitment\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"contributionRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"updateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"updateSize\",\"type\":\"uint64\"}],\"internalType\":\"structCommitment\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"task\",\"type\":\"string\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"roundDuration\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"numRounds\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"disputeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"minStake\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"disputeBond\",\"type\":\"uint128\"},{\"internalType\":\"bytes32\",\"name\":\"initialModelRoot\",\"type\":\"bytes32\"},{\"internalType\":\"string[]\",\"name\":\"bootstrap\",\"type\":\"string[]\"}],\"internalType\":\"structRunConfig\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"createRun\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"a\",\"type\":\"address\"}],\"name\":\"credit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"dispute\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"uint128\",\"name\":\"bond\",\"type\":\"uint128\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revealDeadline\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"reveals\",\"type\":\"uint8\"},{\"internalType\":\"enumDisputeState\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"enumDisputeOutcome\",\"name\":\"outcome\",\"type\":\"uint8\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"step\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"record\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"withChunk\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"slot\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"chunk\",\"type\":\"uint32\"}],\"internalType\":\"structRevealRequest\",\"name\":\"pending\",\"type\":\"tuple\"}],\"internalType\":\"structDispute\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"disputeCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"finalizeRound\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"r\",\"type\":\"uint64\"}],\"name\":\"modelRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"}],\"name\":\"openDispute\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"params\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"referee\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"withdrawDelay\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revealWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"responseWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"whistleblowerBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"verifiersPerContribution\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"maxCommitsPerRound\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"maxReveals\",\"type\":\"uint8\"}],\"internalType\":\"structLedgerParams\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"a\",\"type\":\"address\"}],\"name\":\"peer\",\"outputs\":[{\"components\":[{\"internalType\":\"bool\",\"name\":\"registered\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"openDisputes\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"unlockAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lockedUntil\",\"type\":\"uint64\"},{\"internalType\":\"uint128\",\"name\":\"stake\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"unstaking\",\"type\":\"uint128\"}],\"internalType\":\"structStaking.Peer\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"}],\"name\":\"reclaimPool\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"register\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"step\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"record\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"withChunk\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"slot\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"chunk\",\"type\":\"uint32\"}],\"internalType\":\"structRevealRequest\",\"name\":\"req\",\"type\":\"tuple\"}],\"name\":\"requestReveal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"requestUnstake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"components\":[{\"components\":[{\"internalType\":\"bytes\",\"name\":\"record\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion\",\"name\":\"inStep\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion\",\"name\":\"inTrace\",\"type\":\"tuple\"}],\"internalType\":\"structRecordProof\",\"name\":\"target\",\"type\":\"tuple\"},{\"internalType\":\"bytes[]\",\"name\":\"producers\",\"type\":\"bytes[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion[]\",\"name\":\"producerProofs\",\"type\":\"tuple[]\"},{\"internalType\":\"uint8\",\"name\":\"slot\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"element\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32\",\"name\":\"firstChunk\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"chunks\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structTensorSlice\",\"name\":\"output\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32\",\"name\":\"firstChunk\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"chunks\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structTensorSlice[]\",\"name\":\"inputs\",\"type\":\"tuple[]\"}],\"internalType\":\"structElementProof\",\"name\":\"proof\",\"type\":\"tuple\"}],\"name\":\"resolve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"record\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion\",\"name\":\"inStep\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion\",\"name\":\"inTrace\",\"type\":\"tuple\"}],\"internalType\":\"structRecordProof\",\"name\":\"rec\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32\",\"name\":\"firstChunk\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"chunks\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structTensorSlice\",\"name\":\"chunk\",\"type\":\"tuple\"}],\"name\":\"reveal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"r\",\"type\":\"uint64\"}],\"name\":\"round\",\"outputs\":[{\"components\":[{\"internalType\":\"bool\",\"name\":\"closed\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"finalized\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"slashedCount\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"openDisputes\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"closedAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"beacon\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"nextModelRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint128\",\"name\":\"bonus\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"perContribution\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"unclaimed\",\"type\":\"uint128\"},{\"internalType\":\"address[]\",\"name\":\"contributors\",\"type\":\"address[]\"}],\"internalType\":\"structRuns.Round\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"}],\"name\":\"run\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"roundDuration\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"numRounds\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"disputeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"finalizedRounds\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"initialModelRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint128\",\"name\":\"minStake\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"disputeBond\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"rewardPerRound\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"pool\",\"type\":\"uint128\"},{\"internalType\":\"string\",\"name\":\"task\",\"type\":\"string\"},{\"internalType\":\"string[]\",\"name\":\"bootstrap\",\"type\":\"string[]\"}],\"internalType\":\"structRuns.Run\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"runCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stake\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"r\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"peer_\",\"type\":\"address\"}],\"name\":\"status\",\"outputs\":[{\"internalType\":\"enumContributionStatus\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"timeout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"r\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"}],\"name\":\"verifiers\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"out\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Ledger",
	Bin: "0x608060405234801561000f575f5ffd5b506040516158f23803806158f283398101604081905261002e916102d6565b80516001600160a01b031661007a576040516387a33b2760e01b815260206004820152600c60248201526b7a65726f207265666572656560a01b60448201526064015b60405180910390fd5b612710816080015161ffff1611156100d5576040516387a33b2760e01b815260206004820152601e60248201527f77686973746c65626c6f7765722073686172652061626f7665203130302500006044820152606401610071565b8060c0015161ffff165f0361012d576040516387a33b2760e01b815260206004820152601660248201527f7a65726f20636f6d6d6974732070657220726f756e64000000000000000000006044820152606401610071565b60408101516001600160401b03161580610152575060608101516001600160401b0316155b156101a0576040516387a33b2760e01b815260206004820152601e60248201527f7a65726f2072657665616c206f7220726573706f6e73652077696e646f7700006044820152606401610071565b80515f805460208401516001600160a01b039093166001600160e01b031990911617600160a01b6001600160401b039384168102919091179091556040830151600180546060860151608087015160a088015160c089015160e0909901519588166001600160801b0319909416939093176801000000000000000092909716919091029590951763ffffffff60801b1916600160801b61ffff9687160261ffff60901b191617600160901b918616919091021762ffffff60a01b19169390941690910260ff60b01b191691909117600160b01b60ff909216919091021790556103a4565b80516001600160a01b038116811461029a575f5ffd5b919050565b80516001600160401b038116811461029a575f5ffd5b805161ffff8116811461029a575f5ffd5b805160ff8116811461029a575f5ffd5b5f6101008284031280156102e8575f5ffd5b5060405161010081016001600160401b038111828210171561031857634e487b7160e01b5f52604160045260245ffd5b60405261032483610284565b81526103326020840161029f565b60208201526103436040840161029f565b60408201526103546060840161029f565b6060820152610365608084016102b5565b608082015261037660a084016102b5565b60a082015261038760c084016102b5565b60c082015261039860e084016102c6565b60e08201529392505050565b615541806103b15f395ff3fe6080604052600436106101ba575f3560e01c806363189e90116100f2578063c3cf453c11610092578063eba3dd9011610062578063eba3dd90146106db578063ed8c4b5d1461073e578063ef6ac0f01461075d578063f04ed37914610789575f5ffd5b8063c3cf453c14610584578063cff0ab96146105a3578063d5d44d8014610688578063d8ae0237146106bc575f5ffd5b8063a28889e1116100cd578063a28889e11461051e578063a7def8ee14610532578063b05a28ca14610551578063bed9d86114610570575f5ffd5b806363189e90146104cb57806386d6282c146104de5780639196b7001461050a575f5ffd5b80632df113341161015d57806340167d7e1161013857806340167d7e1461041357806343c6a5481461043257806346bb1f231461048d5780634896358f146104ac575f5ffd5b80632df11334146103e45780633a4b66f1146103f75780633ccfd60b146103ff575f5ffd5b806311e01d671161019857806311e01d67146102415780631aa3a0081461026d5780631f7569dc1461027557806323095721146103c5575f5ffd5b806303c88daf146101be57806308148f7a146101f35780630f496ca314610214575b5f5ffd5b3480156101c9575f5ffd5b506101dd6101d8366004613f2d565b6107a8565b6040516101ea9190613f68565b60405180910390f35b3480156101fe575f5ffd5b5061021261020d366004613fb3565b610aea565b005b34801561021f575f5ffd5b5061023361022e366004613fca565b610bd1565b6040519081526020016101ea565b34801561024c575f5ffd5b5061026061025b366004613fca565b610c3b565b6040516101ea919061403b565b610212610db9565b348015610280575f5ffd5b5061034e61028f36600461411d565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a0810191909152506001600160a01b03165f90815260026020908152604091829020825160c081018452815460ff81161515825263ffffffff610100820416938201939093526001600160401b03600160281b8404811694820194909452600160681b90920490921660608201526001909101546001600160801b038082166080840152600160801b9091041660a082015290565b6040516101ea91905f60c08201905082511515825263ffffffff60208401511660208301526001600160401b0360408401511660408301526001600160401b0360608401511660608301526001600160801b0360808401511660808301526001600160801b0360a08401511660a083015292915050565b3480156103d0575f5ffd5b506102126103df366004613fb3565b610e34565b6102336103f2366004613f2d565b610f95565b610212611374565b34801561040a575f5ffd5b506102126113aa565b34801561041e575f5ffd5b5061021261042d36600461413d565b61142f565b34801561043d575f5ffd5b5061045161044c366004613f2d565b611649565b6040516101ea91908151815260208083015190820152604080830151908201526060918201516001600160401b03169181019190915260800190565b348015610498575f5ffd5b506102126104a7366004613fca565b6116e2565b3480156104b7575f5ffd5b506102126104c6366004613fca565b611864565b6102336104d9366004614172565b611a3b565b3480156104e9575f5ffd5b506104fd6104f8366004613fb3565b611fdb565b6040516101ea91906141ea565b348015610515575f5ffd5b50600454610233565b348015610529575f5ffd5b50600b54610233565b34801561053d575f5ffd5b5061021261054c366004614341565b6121f5565b34801561055c575f5ffd5b5061021261056b366004614374565b61255e565b34801561057b575f5ffd5b50610212612a2d565b34801561058f575f5ffd5b5061021261059e366004613fca565b612bc3565b3480156105ae575f5ffd5b5061067b60408051610100810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101919091525060408051610100810182525f546001600160a01b0381168252600160a01b908190046001600160401b03908116602084015260015480821694840194909452600160401b8404166060830152600160801b830461ffff9081166080840152600160901b8404811660a08401529083041660c0820152600160b01b90910460ff1660e082015290565b6040516101ea91906143e3565b348015610693575f5ffd5b506102336106a236600461411d565b6001600160a01b03165f9081526003602052604090205490565b3480156106c7575f5ffd5b506102126106d636600461448e565b612ee0565b3480156106e6575f5ffd5b506107316106f5366004613f2d565b5f9283526008602090815260408085206001600160401b039490941685529281528284206001600160a01b039290921684525290205460ff1690565b6040516101ea91906144cc565b348015610749575f5ffd5b50610212610758366004613fb3565b6130c7565b348015610768575f5ffd5b5061077c610777366004613fb3565b613205565b6040516101ea9190614567565b348015610794575f5ffd5b506102126107a33660046146a1565b6134b5565b60605f6107b585856136e9565b90505f5f8681526008602090815260408083206001600160401b038916845282528083206001600160a01b038816845290915290205460ff1660038111156107ff576107ff6141a9565b0361082c5784848460405163e5bb110f60e01b8152600401610823939291906146d6565b60405180910390fd5b60058101545f9061083f90600190614712565b6001600160401b0381111561085657610856614725565b60405190808252806020026020018201604052801561087f578160200160208202803683370190505b5090505f805b600584015481101561093857856001600160a01b03168460050182815481106108b0576108b0614739565b5f918252602090912001546001600160a01b031614610930578360050181815481106108de576108de614739565b5f918252602090912001546001600160a01b031683836108fd8161474d565b94508151811061090f5761090f614739565b60200260200101906001600160a01b031690816001600160a01b0316815250505b600101610885565b506001545f90600160901b900461ffff1682116109555781610964565b600154600160901b900461ffff165b9050806001600160401b0381111561097e5761097e614725565b6040519080825280602002602001820160405280156109a7578160200160208202803683370190505b5094505f5b81811015610ade575f6109bf8285614712565b60018701546040805160208101929092526001600160a01b038b169082015260608101849052608001604051602081830303815290604052805190602001205f1c610a0a9190614779565b610a14908361478c565b9050848181518110610a2857610a28614739565b6020026020010151858381518110610a4257610a42614739565b6020026020010151868481518110610a5c57610a5c614739565b60200260200101878481518110610a7557610a75614739565b6001600160a01b039384166020918202929092010152911690528451859083908110610aa357610aa3614739565b6020026020010151878381518110610abd57610abd614739565b6001600160a01b0390921660209283029190910190910152506001016109ac565b50505050509392505050565b5f610af48261373e565b6003810154909150600160c01b90046001600160401b031615610b73576003810154600160c01b90046001600160401b03164211610b63576003810154604051637917b3e760e01b815260048101849052600160c01b9091046001600160401b03166024820152604401610823565b610b6f828260056137c2565b5050565b6003810154600160801b90046001600160401b03164211610bc5576003810154604051637917b3e760e01b815260048101849052600160801b9091046001600160401b03166024820152604401610823565b610b6f82826006613a1b565b5f816001600160401b03165f03610bf657610beb83613abd565b600301549050610c35565b5f83815260066020526040812090610c0f60018561479f565b6001600160401b03166001600160401b031681526020019081526020015f206002015490505b92915050565b60408051610160810182525f8082526020820181905291810182905260608082018390526080820183905260a0820183905260c0820183905260e0820183905261010082018390526101208201929092526101408101919091525f8381526006602090815260408083206001600160401b03808716855290835292819020815161016081018352815460ff8082161515835261010080830490911615158387015263ffffffff620100008304811684870152600160301b8304166060840152600160501b9091049095166080820152600182015460a0820152600282015460c082015260038201546001600160801b0380821660e0840152600160801b909104811695820195909552600482015490941661012085015260058101805483518186028101860190945280845291936101408601939290830182828015610da857602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311610d8a575b505050505081525050905092915050565b335f908152600260205260409020805460ff1615610dec576040516345ed80e960e01b8152336004820152602401610823565b805460ff1916600117815560405133907f2d3734a8e47ac8316e500ac231c90a6e1848ca2285f40d07eaa52005e4b3a0e9905f90a23415610e3157610e318134613af5565b50565b5f610e3e33613b7b565b9050815f03610e6057604051631f2a200560e01b815260040160405180910390fd5b60018101545f90610e83906001600160801b03600160801b8204811691166147be565b6001600160801b0316905080831115610eb85760405162393c6360e01b81526004810184905260248101829052604401610823565b828260010160108282829054906101000a90046001600160801b0316610ede91906147dd565b92506101000a8154816001600160801b0302191690836001600160801b031602179055505f5f0160149054906101000a90046001600160401b031642610f2491906147fc565b82546cffffffffffffffff00000000001916600160281b6001600160401b039283168102919091178085556040805187815292909104909216602082015233917f21020437c0e4b58b34bd7ac1f1cef55e7820d1bcd93824ceb273cad96eea704c91015b60405180910390a2505050565b5f5f610fa085613abd565b905060015f8681526008602090815260408083206001600160401b038916845282528083206001600160a01b038816845290915290205460ff166003811115610feb57610feb6141a9565b1461100f5784848460405163e5bb110f60e01b8152600401610823939291906146d6565b5f61101b828787613bbf565b60018401549092505f915061103d90600160201b900463ffffffff16836147fc565b9050806001600160401b0316421061108257604051636a9d741560e01b8152600481018890526001600160401b03808816602483015282166044820152606401610823565b6004830154600160801b90046001600160801b03163410156110d557600483810154604051620155b560e01b81523492810192909252600160801b90046001600160801b03166024820152604401610823565b6001600160a01b03851633036110fe57604051632039fd0360e21b815260040160405180910390fd5b5f878152600d602090815260408083206001600160401b038a16845282528083206001600160a01b038916845290915290205480156111535760405163aa0d86cf60e01b815260048101829052602401610823565b600b5f81546111619061474d565b91829055505f818152600c60205260409020898155600180820180546001600160401b038c81166001600160e01b031990921691909117600160401b6001600160a01b038d16810291909117909255600284018054336001600160a01b03199091161790556003840180546001600160801b031916346001600160801b0316179055915493985091926111f792900416426147fc565b6003820180546001600160401b03928316600160801b0267ffffffffffffffff60801b1990911617905560048201805461ff0019166101001790555f8a8152600d60209081526040808320938c168084529382528083206001600160a01b038c16845282528083208a90558c835260068083528184209484529390915290208054600160301b900463ffffffff169161128f8361481b565b825463ffffffff91821661010093840a90810290830219909116179092556001600160a01b038a165f908152600260205260409020805491909104909116915060016112da8361481b565b825463ffffffff9182166101009390930a9283029190920219909116179055506003810154604080516001600160401b03808c1682523360208301523492820192909252600160801b9092041660608201526001600160a01b038816908a9088907fba02aadf9de4902658f8887aff5dcf39bdfba36fa8e91519672a7bbbc89023819060800160405180910390a450505050509392505050565b5f61137e33613b7b565b9050345f036113a057604051631f2a200560e01b815260040160405180910390fd5b610e318134613af5565b335f90815260036020526040812054908190036113da57604051630686827b60e51b815260040160405180910390fd5b335f8181526003602052604080822091909155517f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59061141d9084815260200190565b60405180910390a2610e313382613c63565b5f61143a84846136e9565b90505f5f8581526008602090815260408083206001600160401b0388168452825280832033845290915290205460ff16600381111561147b5761147b6141a9565b0361149f5783833360405163f898973b60e01b8152600401610823939291906146d6565b5f848152600a602090815260408083206001600160401b0387168452825280832033845290915290205460ff16156114f057838333604051637a7245d160e11b8152600401610823939291906146d6565b5f848152600a602090815260408083206001600160401b0387168085529083528184203385528352818420805460ff191660011790558784526009835281842090845282528083208584529091528120805482906115539063ffffffff1661481b565b91906101000a81548163ffffffff021916908363ffffffff16021790559050336001600160a01b0316846001600160401b0316867f6a3a9f862a9c7db27a853ab6464d3b3b05295795eb95102f2fb15534b9ce02e986856040516115c792919091825263ffffffff16602082015260400190565b60405180910390a460028201541580156115f4575060058201546115f263ffffffff8316600261483f565b115b1561164257600282018390556040518381526001600160401b0385169086907f6d340170f418b3021af545c29252134cd71c5c4ebde2f8065f5cd7aa7fbe255d906020015b60405180910390a35b5050505050565b61167960405180608001604052805f81526020015f81526020015f81526020015f6001600160401b031681525090565b505f9283526007602090815260408085206001600160401b03948516865282528085206001600160a01b03939093168552918152928190208151608081018352815481526001820154948101949094526002810154918401919091526003015416606082015290565b5f6116ec83613abd565b90505f6116fa828585613bbf565b915050806001600160401b03164210156117415760405163d149900b60e01b8152600481018590526001600160401b03808516602483015282166044820152606401610823565b5f8481526006602090815260408083206001600160401b03871684529091529020805460ff16156117975760405163266d427b60e01b8152600481018690526001600160401b0385166024820152604401610823565b8054600171ffffffffffffffff000000000000000000ff19909116600160501b426001600160401b031602178117825544906117d39043614712565b604080516020810193909352904090820152606081018690526001600160401b038516608082015260a00160408051808303601f19018152828252805160209182012060018501819055600585015490845263ffffffff16908301526001600160401b0386169187917f84ccf2ebb653e5f7bb7fa4b73924292789b11f3c294cd40c2376e1512653729b9101611639565b5f8281526006602090815260408083206001600160401b038516845290915290208054610100900460ff166118be5760405163259c79e760e11b8152600481018490526001600160401b0383166024820152604401610823565b60015f8481526008602090815260408083206001600160401b0387168452825280832033845290915290205460ff1660038111156118fe576118fe6141a9565b1461192257828233604051637319a24360e01b8152600401610823939291906146d6565b5f8381526008602090815260408083206001600160401b038616845282528083203384529091528120805460ff19166003908117909155820154600483018054600160801b9092046001600160801b039081169384939091611986918591166147be565b92506101000a8154816001600160801b0302191690836001600160801b03160217905550806001600160801b031660035f336001600160a01b03166001600160a01b031681526020019081526020015f205f8282546119e5919061478c565b90915550506040516001600160801b038216815233906001600160401b0385169086907f7c7873da51296ef7248de9ab21259ea338bee79cbd9e7fcbbf24f86a20d8cd2c9060200160405180910390a450505050565b5f611a4c60a0830160808401614872565b63ffffffff161580611a715750611a696080830160608401614872565b63ffffffff16155b15611abf57604051634ac7b07b60e01b815260206004820152601d60248201527f7a65726f20726f756e6473206f7220726f756e64206475726174696f6e0000006044820152606401610823565b8135611b0157604051634ac7b07b60e01b815260206004820152601060248201526f0f4cae4de40c6dedcccd2ce40d0c2e6d60831b6044820152606401610823565b611b1160e0830160c0840161488d565b6001600160801b03161580611b3d5750611b32610100830160e0840161488d565b6001600160801b0316155b15611b8057604051634ac7b07b60e01b81526020600482015260126024820152711e995c9bc81cdd185ad9481bdc88189bdb9960721b6044820152606401610823565b611b8d60208301836148b3565b15905080611baa5750610100611ba660208401846148b3565b9050115b15611beb57604051634ac7b07b60e01b815260206004820152601060248201526f0e8c2e6d640dcc2daca40d8cadccee8d60831b6044820152606401610823565b6020611bfb6101208401846148fc565b90501115611c4c57604051634ac7b07b60e01b815260206004820181905260248201527f6d6f7265207468616e20333220626f6f747374726170206164647265737365736044820152606401610823565b611c5c60a0830160808401614872565b63ffffffff16341015611cb257604051634ac7b07b60e01b815260206004820152601c60248201527f706f6f6c2062656c6f77206f6e65207765692070657220726f756e64000000006044820152606401610823565b5f611cc36060840160408501614941565b6001600160401b031615611ce657611ce16060840160408501614941565b611ce8565b425b9050463060045f8154611cfa9061474d565b9182905550604051611d2b939291906020019283526001600160a01b03919091166020830152604082015260600190565b60408051808303601f1901815291815281516020928301205f8181526005909352912080546001600160e01b0319163367ffffffffffffffff60a01b191617600160a01b6001600160401b03851602178155909250611d906080850160608601614872565b815463ffffffff91909116600160e01b026001600160e01b03909116178155611dbf60a0850160808601614872565b60018201805463ffffffff191663ffffffff92909216919091179055611deb60c0850160a08601614872565b60018201805463ffffffff92909216600160201b0267ffffffff0000000019909216919091179055833560028201556101008401356003820155611e3560e0850160c0860161488d565b6004820180546001600160801b0319166001600160801b0392909216919091179055611e68610100850160e0860161488d565b6004820180546001600160801b03928316600160801b029216919091179055611e9760a0850160808601614872565b611ea79063ffffffff163461495c565b346001600160801b03908116600160801b029116176005820155611ece60208501856148b3565b6006830191611ede9190836149f7565b505f5b611eef6101208601866148fc565b9050811015611f545760078201611f0a6101208701876148fc565b83818110611f1a57611f1a614739565b9050602002810190611f2c91906148b3565b82546001810184555f938452602090932090920191611f4b91836149f7565b50600101611ee1565b5033837ffc740ecf2329c555ee6c8f5107e1faacf4e2c137e6defe248bb8fc3a748b88098635611f8760208901896148b3565b87611f9860808c0160608d01614872565b611fa860a08d0160808e01614872565b34611fb76101208f018f6148fc565b604051611fcc99989796959493929190614b19565b60405180910390a35050919050565b61205a60408051610160810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081018290529061010082019081526020015f81526040805160a0810182525f808252602082810182905292820181905260608201819052608082015291015290565b8115806120685750600b5482115b1561208957604051638f09a29b60e01b815260048101839052602401610823565b5f828152600c60209081526040918290208251610160810184528154815260018201546001600160401b03808216948301949094526001600160a01b03600160401b909104811694820194909452600282015490931660608401526003808201546001600160801b0381166080860152600160801b8104841660a0860152600160c01b900490921660c0840152600481015460ff80821660e0860152919261010080860193920490911690811115612143576121436141a9565b6003811115612154576121546141a9565b81526020016004820160029054906101000a900460ff16600681111561217c5761217c6141a9565b600681111561218d5761218d6141a9565b81526040805160a0810182526005939093015463ffffffff8082168552600160201b8204811660208681019190915260ff600160401b84048116151594870194909452600160481b83049093166060860152600160501b909104166080840152015292915050565b5f6121ff84613abd565b90505f5f61220e838787613bbf565b91509150816001600160401b03164210806122325750806001600160401b03164210155b15612272576040516379ba497f60e01b8152600481018790526001600160401b038087166024830152808416604483015282166064820152608401610823565b5f61227c33613b7b565b600485015460018201549192506001600160801b03908116916122a991600160801b8204811691166147be565b6001600160801b0316101561231e57600181015433906122db906001600160801b03600160801b8204811691166147be565b60048681015460405163936d426d60e01b81526001600160a01b03909416918401919091526001600160801b039182166024840152166044820152606401610823565b602085013561234057604051631f624f5b60e01b815260040160405180910390fd5b5f8781526008602090815260408083206001600160401b038a168452825280832033845290915281205460ff16600381111561237e5761237e6141a9565b146123a25786863360405163167560eb60e21b8152600401610823939291906146d6565b5f8781526006602090815260408083206001600160401b038a16845290915290206001546005820154600160a01b90910461ffff16116124075760405163a415390960e01b8152600481018990526001600160401b0388166024820152604401610823565b5f8881526007602090815260408083206001600160401b038b16845282528083203384529091529020869061243c8282614bcf565b50505f8881526008602090815260408083206001600160401b038b168452825280832033808552908352908320805460ff19166001908117909155600585018054808301825590855292842090920180546001600160a01b03191690911790558601546124b690600160201b900463ffffffff16856147fc565b83549091506001600160401b03600160681b909104811690821611156124fa57825467ffffffffffffffff60681b1916600160681b6001600160401b038316021783555b600582015433906001600160401b038a16908b907fc3bf21baa71cd9971d5201b52b23b4eea3a796ad2db728e97bc1274a8f249b239061253c90600190614712565b8b60405161254b929190614c19565b60405180910390a4505050505050505050565b5f6125688461373e565b6001810154909150600160401b90046001600160a01b031633146125a857604051638603ed2760e01b815260048101859052336024820152604401610823565b6003810154600160c01b90046001600160401b03165f036125df576040516321e0c07160e01b815260048101859052602401610823565b6003810154600160c01b90046001600160401b03164211156126325760038101546040516337851a4160e11b815260048101869052600160c01b9091046001600160401b03166024820152604401610823565b6040805160a081018252600583015463ffffffff808216808452600160201b83048216602085015260ff600160401b84048116151585870152600160481b8404166060850152600160501b909204166080830152909161269490860186614c6d565b6126a2906020810190614872565b63ffffffff161415806126e0575060208082015163ffffffff16906126c990860186614c6d565b6126d7906020810190614872565b63ffffffff1614155b156127295784604051631e22ae2560e11b8152600401610823918152604060208201819052600f908201526e3932b1b7b932103837b9b4ba34b7b760891b606082015260800190565b81545f9081526007602090815260408083206001808701546001600160401b03811686529184528285206001600160a01b03600160401b90930483168652909352818420909201549254908401519116901561288057608083015163ffffffff1661279a6040870160208801614872565b63ffffffff161415806127bd57506127b560408601866148b3565b905061010014155b156128055786604051631e22ae2560e11b8152600401610823918152604060208201819052600e908201526d31b43ab735903837b9b4ba34b7b760911b606082015260800190565b6060830151604051634f9c271960e11b81526001600160a01b03831691639f384e329161283b9186918b91908b90600401614e86565b602060405180830381865afa158015612856573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061287a9190614ec4565b506128ef565b60405163061a458360e21b81526001600160a01b03821690631869160c906128ae9085908a90600401614edb565b6040805180830381865afa1580156128c8573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906128ec9190614ef3565b50505b6003840180546001600160c01b0316905560015461291d90600160401b90046001600160401b0316426147fc565b8460030160106101000a8154816001600160401b0302191690836001600160401b031602179055508260400151156129a3578251602084015188917f9c4bc482bd2387afc84f8ffda6a9c973d4724d1aec8adcf0bf019f52849f4a90916129848a806148b3565b8a604051612996959493929190614f15565b60405180910390a2612a24565b6129d36040518060800160405280606081526020015f63ffffffff16815260200160608152602001606081525090565b8351602085015189917f9c4bc482bd2387afc84f8ffda6a9c973d4724d1aec8adcf0bf019f52849f4a9091612a088b806148b3565b86604051612a1a959493929190614f8e565b60405180910390a2505b50505050505050565b5f612a3733613b7b565b6001810154909150600160801b90046001600160801b03165f819003612a7057604051630686827b60e51b815260040160405180910390fd5b81545f906001600160401b03600160681b82048116600160281b9092041611612aaa578254600160681b90046001600160401b0316612abd565b8254600160281b90046001600160401b03165b9050806001600160401b0316421015612af457604051631a28814f60e21b81526001600160401b0382166004820152602401610823565b8254610100900463ffffffff1615612b34578254604051630dea304560e41b815233600482015261010090910463ffffffff166024820152604401610823565b6001830180548391905f90612b539084906001600160801b03166147be565b82546101009290920a6001600160801b0381810219909316918316021790915560018501805490911690555060405182815233907f8108595eb6bad3acefa9da467d90cc2217686d5c5ac85460f8b7849c840645fc9060200160405180910390a2612bbe3383613c63565b505050565b5f612bcd83613abd565b90505f612bda84846136e9565b8054909150610100900460ff1615612c1757604051631dd6ffa960e31b8152600481018590526001600160401b0384166024820152604401610823565b5f612c23838686613bbf565b60018501549092505f9150612c4590600160201b900463ffffffff16836147fc565b9050806001600160401b0316421015612c8b5760405163ea37efb560e01b8152600481018790526001600160401b03808716602483015282166044820152606401610823565b8254600160301b900463ffffffff1615612cdf578254604051635a55b6f960e01b8152600481018890526001600160401b0387166024820152600160301b90910463ffffffff166044820152606401610823565b825461ff00191661010017835560018401805463ffffffff600160401b90910416906008612d0c8361481b565b82546101009290920a63ffffffff818102199093169183160217909155845460058601545f9350612d47926201000090920490911690614712565b90505f8115612e2657600385015460058701545f91612d72916001600160801b03918216911661478c565b9050612d7e838261495c565b9150612d8a838361483f565b612d949082614712565b6005880154612db6906001600160801b0380821691600160801b9004166147be565b612dc091906147dd565b6005880180546001600160801b03928316600160801b029216919091179055612de9838361483f565b6004870180546001600160801b039283166001600160801b0319909116179055600387018054848316600160801b02921691909117905550612e78565b60038501546005870180546001600160801b0392831692601091612e53918591600160801b9004166147dd565b92506101000a8154816001600160801b0302191690836001600160801b031602179055505b6003850180546001600160801b03191690556040805163ffffffff84168152602081018390526001600160401b038916918a917f508a297512adb8fe6995837e7fbf61d2686ec89b254ee38c739d44cf448502b8910160405180910390a35050505050505050565b5f612eea8361373e565b60028101549091506001600160a01b03163314612f2357604051631a894b7d60e31b815260048101849052336024820152604401610823565b6003810154600160c01b90046001600160401b031615612f74576003810154604051633d3545d960e21b815260048101859052600160c01b9091046001600160401b03166024820152604401610823565b6003810154600160801b90046001600160401b0316421115612fc75760038101546040516337851a4160e11b815260048101859052600160801b9091046001600160401b03166024820152604401610823565b80545f9081526007602090815260408083206001808601546001600160401b03811686529184528285206001600160a01b03600160401b90930483168652909352818420909201548354915163ef0d692d60e01b8152909392919091169063ef0d692d9061303b9085908890600401615132565b60c060405180830381865afa158015613056573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061307a9190615299565b805190915060ff165f036130995761309485846001613a1b565b611642565b805161164290869085906130ae906001615337565b60ff1660068111156130c2576130c26141a9565b6137c2565b5f6130d182613abd565b80549091506001600160a01b031633146131075760405163352eb98160e21b815260048101839052336024820152604401610823565b6001810154600160401b810463ffffffff90811691161461315e576001810154604051637a8f9c4960e01b81526004810184905263ffffffff600160401b8304811660248301529091166044820152606401610823565b6005810154600160801b90046001600160801b03165f81900361319457604051630686827b60e51b815260040160405180910390fd5b6005820180546001600160801b03169055335f90815260036020526040812080548392906131c390849061478c565b9091555050604051818152339084907f1a46a81d353013071c6fd7a58064edd308aa1eab547ae9a6fba4bd451daa0567906020015b60405180910390a3505050565b604080516101c0810182525f8082526020820181905291810182905260608082018390526080820183905260a0820183905260c0820183905260e0820183905261010082018390526101208201839052610140820183905261016082019290925261018081018290526101a081019190915261328082613abd565b604080516101c08101825282546001600160a01b03811682526001600160401b03600160a01b820416602083015263ffffffff600160e01b90910481169282019290925260018301548083166060830152600160201b810483166080830152600160401b900490911660a0820152600282015460c0820152600382015460e082015260048201546001600160801b03808216610100840152600160801b918290048116610120840152600584015480821661014085015291909104166101608201526006820180549192916101808401919061335b9061496f565b80601f01602080910402602001604051908101604052809291908181526020018280546133879061496f565b80156133d25780601f106133a9576101008083540402835291602001916133d2565b820191905f5260205f20905b8154815290600101906020018083116133b557829003601f168201915b5050505050815260200160078201805480602002602001604051908101604052809291908181526020015f905b828210156134a7578382905f5260205f2001805461341c9061496f565b80601f01602080910402602001604051908101604052809291908181526020018280546134489061496f565b80156134935780601f1061346a57610100808354040283529160200191613493565b820191905f5260205f20905b81548152906001019060200180831161347657829003601f168201915b5050505050815260200190600101906133ff565b505050915250909392505050565b5f6134bf8361373e565b60028101549091506001600160a01b031633146134f857604051631a894b7d60e31b815260048101849052336024820152604401610823565b6003810154600160c01b90046001600160401b031615613549576003810154604051633d3545d960e21b815260048101859052600160c01b9091046001600160401b03166024820152604401610823565b6003810154600160801b90046001600160401b031642111561359c5760038101546040516337851a4160e11b815260048101859052600160801b9091046001600160401b03166024820152604401610823565b600154600482015460ff600160b01b90920482169116106135e657600154604051632c0e790760e01b815260048101859052600160b01b90910460ff166024820152604401610823565b60048101805460ff16905f6135fa83615350565b91906101000a81548160ff021916908360ff1602179055505081816005018181613624919061537e565b505060015461363c906001600160401b0316426147fc565b6003820180546001600160c01b0316600160c01b6001600160401b039384168102919091179182905560015461368193600160401b90910481169291909104166147fc565b60038201805467ffffffffffffffff60801b1916600160801b6001600160401b0393841602179081905560405185927f8313574bb9acc058b0b594b9f622d45b9b96e46c6e49e3ac086e92eef9f9b66e92610f88928792600160c01b90920490911690615457565b5f8281526006602090815260408083206001600160401b03851684529091529020805460ff16610c355760405163e4965f8160e01b8152600481018490526001600160401b0383166024820152604401610823565b5f81158061374d5750600b5482115b1561376e57604051638f09a29b60e01b815260048101839052602401610823565b505f818152600c6020526040902060016004820154610100900460ff16600381111561379c5761379c6141a9565b146137bd576040516303dc1ed360e31b815260048101839052602401610823565b919050565b6137ce82600383613ce5565b600182015482545f90815260056020526040812060040154909161380c91600160401b9091046001600160a01b0316906001600160801b0316613e3b565b6001549091505f906127109061382d90600160801b900461ffff168461483f565b613837919061495c565b60038501549091506138539082906001600160801b031661478c565b60028501546001600160a01b03165f908152600360205260408120805490919061387e90849061478c565b909155505083545f90815260066020908152604080832060018801546001600160401b0316845290915290206138b48284614712565b6003820180545f906138d09084906001600160801b03166147dd565b82546001600160801b039182166101009390930a928302919092021990911617905550805463ffffffff620100009091041681600261390e8361481b565b825463ffffffff9182166101009390930a92830291909202199091161790555084545f9081526008602090815260408083206001890180546001600160401b0380821687529285528386206001600160a01b03600160401b928390048116885290865295849020805460ff191660021790558a5491548451938116845294830189905290949304909216917f198815f20828d78c5fd17a32c27127dbb174ed7e149a39bdbcaa7049aad5f6ed910160405180910390a360028501546040516001600160a01b039091169087907f59067d4db38d76ba37e7ab0303b52abf7127ddf1eac146723e879ae0b0259c9390613a0b908890889088906154e2565b60405180910390a3505050505050565b613a2782600283613ce5565b6003828101546001840154600160401b90046001600160a01b03165f9081526020929092526040822080546001600160801b03909216929091613a6b90849061478c565b90915550506001820154604051600160401b9091046001600160a01b03169084907f59067d4db38d76ba37e7ab0303b52abf7127ddf1eac146723e879ae0b0259c93906131f89085905f9081906154e2565b5f81815260056020526040902080546001600160a01b03166137bd57604051630a76b95160e11b815260048101839052602401610823565b6001820180548291905f90613b149084906001600160801b03166147dd565b82546101009290920a6001600160801b038181021990931691831602179091556001840154604080518581529190921660208201523392507f1449c6dd7851abc30abf37f57715f492010519147cc2652fbc38202c18a6ee90910160405180910390a25050565b6001600160a01b0381165f908152600260205260409020805460ff166137bd5760405163bfc6c33760e01b81526001600160a01b0383166004820152602401610823565b60018301545f90819063ffffffff166001600160401b03841610613c0857604051630491b53560e51b8152600481018590526001600160401b0384166024820152604401610823565b8454613c2190600160e01b900463ffffffff1684615501565b8554613c3d9190600160a01b90046001600160401b03166147fc565b8554909250613c5990600160e01b900463ffffffff16836147fc565b9050935093915050565b5f826001600160a01b0316826040515f6040518083038185875af1925050503d805f8114613cac576040519150601f19603f3d011682016040523d82523d5f602084013e613cb1565b606091505b5050905080612bbe57604051630e21dcbb60e11b81526001600160a01b038416600482015260248101839052604401610823565b60048301805483919061ff001916610100836003811115613d0857613d086141a9565b021790555060048301805482919062ff0000191662010000836006811115613d3257613d326141a9565b02179055506003830180546001600160c01b0316905582545f908152600d602090815260408083206001870180546001600160401b038082168752928552838620600160401b9091046001600160a01b031686528452828520859055875485526006808552838620915490921685529092529091208054600160301b900463ffffffff1691613dc083615523565b825463ffffffff91821661010093840a90810290830219909116179092556001868101546001600160a01b03600160401b909104165f908152600260205260409020805492909204909216925090613e1783615523565b91906101000a81548163ffffffff021916908363ffffffff16021790555050505050565b6001600160a01b0382165f90815260026020526040812060018101546001600160801b03168310613e795760018101546001600160801b0316613e7b565b825b60018201805491935083915f90613e9c9084906001600160801b03166147be565b82546101009290920a6001600160801b038181021990931691831602179091556001830154808216600160801b90910490911611159050613ef1576001810180546001600160801b0316600160801b81021790555b5092915050565b6001600160401b0381168114610e31575f5ffd5b80356137bd81613ef8565b80356001600160a01b03811681146137bd575f5ffd5b5f5f5f60608486031215613f3f575f5ffd5b833592506020840135613f5181613ef8565b9150613f5f60408501613f17565b90509250925092565b602080825282518282018190525f918401906040840190835b81811015613fa85783516001600160a01b0316835260209384019390920191600101613f81565b509095945050505050565b5f60208284031215613fc3575f5ffd5b5035919050565b5f5f60408385031215613fdb575f5ffd5b823591506020830135613fed81613ef8565b809150509250929050565b5f8151808452602084019350602083015f5b828110156140315781516001600160a01b031686526020958601959091019060010161400a565b5093949350505050565b6020815261404e60208201835115159052565b5f6020830151614062604084018215159052565b50604083015163ffffffff8116606084015250606083015163ffffffff811660808401525060808301516001600160401b03811660a08401525060a083015160c083015260c083015160e083015260e08301516140cb6101008401826001600160801b03169052565b506101008301516001600160801b038116610120840152506101208301516001600160801b0381166101408401525061014083015161016080840152614115610180840182613ff8565b949350505050565b5f6020828403121561412d575f5ffd5b61413682613f17565b9392505050565b5f5f5f6060848603121561414f575f5ffd5b83359250602084013561416181613ef8565b929592945050506040919091013590565b5f60208284031215614182575f5ffd5b81356001600160401b03811115614197575f5ffd5b82016101408185031215614136575f5ffd5b634e487b7160e01b5f52602160045260245ffd5b60048110610e3157610e316141a9565b6141d6816141bd565b9052565b600781106141d6576141d66141a9565b815181526020808301516101e083019161420e908401826001600160401b03169052565b50604083015161422960408401826001600160a01b03169052565b50606083015161424460608401826001600160a01b03169052565b50608083015161425f60808401826001600160801b03169052565b5060a083015161427a60a08401826001600160401b03169052565b5060c083015161429560c08401826001600160401b03169052565b5060e08301516142aa60e084018260ff169052565b506101008301516142bf6101008401826141cd565b506101208301516142d46101208401826141da565b50610140830151613ef161014084018263ffffffff815116825263ffffffff602082015116602083015260408101511515604083015260ff606082015116606083015263ffffffff60808201511660808301525050565b5f6080828403121561433b575f5ffd5b50919050565b5f5f5f60c08486031215614353575f5ffd5b83359250602084013561436581613ef8565b9150613f5f856040860161432b565b5f5f5f60608486031215614386575f5ffd5b8335925060208401356001600160401b038111156143a2575f5ffd5b8401606081870312156143b3575f5ffd5b915060408401356001600160401b038111156143cd575f5ffd5b6143d98682870161432b565b9150509250925092565b5f6101008201905060018060a01b0383511682526001600160401b0360208401511660208301526001600160401b036040840151166040830152606083015161443760608401826001600160401b03169052565b50608083015161444d608084018261ffff169052565b5060a083015161446360a084018261ffff169052565b5060c083015161447960c084018261ffff169052565b5060e0830151613ef160e084018260ff169052565b5f5f6040838503121561449f575f5ffd5b8235915060208301356001600160401b038111156144bb575f5ffd5b830160e08186031215613fed575f5ffd5b602081016144d9836141bd565b91905290565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b5f82825180855260208501945060208160051b830101602085015f5b8381101561455b57601f198584030188526145458383516144df565b6020988901989093509190910190600101614529565b50909695505050505050565b602081526145816020820183516001600160a01b03169052565b5f602083015161459c60408401826001600160401b03169052565b50604083015163ffffffff8116606084015250606083015163ffffffff8116608084015250608083015163ffffffff811660a08401525060a083015163ffffffff811660c08401525060c083015160e083015260e08301516101008301526101008301516146166101208401826001600160801b03169052565b506101208301516001600160801b038116610140840152506101408301516001600160801b038116610160840152506101608301516001600160801b038116610180840152506101808301516101c06101a08401526146796101e08401826144df565b90506101a0840151601f19848303016101c0850152614698828261450d565b95945050505050565b5f5f82840360c08112156146b3575f5ffd5b8335925060a0601f19820112156146c8575f5ffd5b506020830190509250929050565b9283526001600160401b039190911660208301526001600160a01b0316604082015260600190565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610c3557610c356146fe565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b5f6001820161475e5761475e6146fe565b5060010190565b634e487b7160e01b5f52601260045260245ffd5b5f8261478757614787614765565b500690565b80820180821115610c3557610c356146fe565b6001600160401b038281168282160390811115610c3557610c356146fe565b6001600160801b038281168282160390811115610c3557610c356146fe565b6001600160801b038181168382160190811115610c3557610c356146fe565b6001600160401b038181168382160190811115610c3557610c356146fe565b5f63ffffffff821663ffffffff8103614836576148366146fe565b60010192915050565b8082028115828204841417610c3557610c356146fe565b63ffffffff81168114610e31575f5ffd5b80356137bd81614856565b5f60208284031215614882575f5ffd5b813561413681614856565b5f6020828403121561489d575f5ffd5b81356001600160801b0381168114614136575f5ffd5b5f5f8335601e198436030181126148c8575f5ffd5b8301803591506001600160401b038211156148e1575f5ffd5b6020019150368190038213156148f5575f5ffd5b9250929050565b5f5f8335601e19843603018112614911575f5ffd5b8301803591506001600160401b0382111561492a575f5ffd5b6020019150600581901b36038213156148f5575f5ffd5b5f60208284031215614951575f5ffd5b813561413681613ef8565b5f8261496a5761496a614765565b500490565b600181811c9082168061498357607f821691505b60208210810361433b57634e487b7160e01b5f52602260045260245ffd5b601f821115612bbe5782821115612bbe57805f5260205f20601f840160051c60208510156149cc57505f5b90810190601f840160051c035f5b818110156149ef575f838201556001016149da565b505050505050565b6001600160401b03831115614a0e57614a0e614725565b614a2283614a1c835461496f565b836149a1565b5f601f841160018114614a53575f8515614a3c5750838201355b5f19600387901b1c1916600186901b178355611642565b5f83815260208120601f198716915b82811015614a825786850135825560209485019460019092019101614a62565b5086821015614a9e575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b5f5f8335601e19843603018112614aed575f5ffd5b83016020810192503590506001600160401b03811115614b0b575f5ffd5b8036038213156148f5575f5ffd5b89815260e060208201525f614b3260e083018a8c614ab0565b6001600160401b038916604084015263ffffffff8816606084015263ffffffff871660808401528560a084015282810360c08401528084825260208201905060208560051b830101865f5b87811015614bbb57848303601f19018452614b98828a614ad8565b614ba3858284614ab0565b60209687019690955093909301925050600101614b7d565b50909e9d5050505050505050505050505050565b813581556020820135600182015560408201356002820155600381016060830135614bf981613ef8565b815467ffffffffffffffff19166001600160401b03919091161790555050565b63ffffffff83168152813560208083019190915282013560408083019190915282013560608083019190915260a0820190830135614c5681613ef8565b6001600160401b0381166080840152509392505050565b5f8235605e19833603018112614c81575f5ffd5b9190910192915050565b5f8235605e19833603018112614c9f575f5ffd5b90910192915050565b5f5f8335601e19843603018112614cbd575f5ffd5b83016020810192503590506001600160401b03811115614cdb575f5ffd5b8060051b36038213156148f5575f5ffd5b8183525f6001600160fb1b03831115614d03575f5ffd5b8260051b80836020870137939093016020019392505050565b5f8135614d2881614856565b63ffffffff1683526020820135614d3e81614856565b63ffffffff166020840152614d566040830183614ca8565b60606040860152614698606086018284614cec565b5f614d768283614ad8565b60608552614d88606086018284614ab0565b915050614d986020840184614c8b565b8482036020860152614daa8282614d1c565b915050614dba6040840184614c8b565b84820360408601526146988282614d1c565b5f60808301614ddb8384614ca8565b6080865291829052905f9060a086015b81831015614e19578335614dfe81614856565b63ffffffff1681526020938401936001939093019201614deb565b614e2560208701614867565b63ffffffff811660208901529350614e406040870187614ad8565b945092508681036040880152614e57818585614ab0565b9350505050614e696060840184614ca8565b8583036060870152614e7c838284614cec565b9695505050505050565b848152608060208201525f614e9e6080830186614d6b565b60ff851660408401528281036060840152614eb98185614dcc565b979650505050505050565b5f60208284031215614ed4575f5ffd5b5051919050565b828152604060208201525f6141156040830184614d6b565b5f5f60408385031215614f04575f5ffd5b505080516020909101519092909150565b63ffffffff8616815263ffffffff85166020820152608060408201525f614f40608083018587614ab0565b8281036060840152614f528185614dcc565b98975050505050505050565b5f8151808452602084019350602083015f5b82811015614031578151865260209586019590910190600101614f70565b63ffffffff8616815263ffffffff85166020820152608060408201525f614fb9608083018587614ab0565b82810360608401528351608080835281519083018190526020909101905f9060a08401905b808310156150075763ffffffff8451168252602082019150602084019350600183019250614fde565b5060208701519250615021602085018463ffffffff169052565b60408701519250838103604085015261503a81846144df565b92505050606085015182820360608401526150558282614f5e565b9a9950505050505050505050565b5f8383855260208501945060208460051b820101835f5b8681101561455b57838303601f1901885261509e836150998489614c8b565b614d1c565b602098890198909350919091019060010161507a565b60ff81168114610e31575f5ffd5b80356137bd816150b4565b5f8235607e19833603018112614c9f575f5ffd5b5f8383855260208501945060208460051b820101835f5b8681101561455b57838303601f1901885261511c8361511784896150cd565b614dcc565b60209889019890935091909101906001016150f8565b828152604060208201525f6151478384614c8b565b60e0604084015261515c610120840182614d6b565b905061516b6020850185614ca8565b848303603f19016060860152808352602080840190600583901b850101835f5b848110156151c957868303601f190184526151a68287614ad8565b6151b1858284614ab0565b6020968701969095509390930192505060010161518b565b50506151d86040890189614ca8565b888303603f190160808a0152955093506151f3818686615063565b945050505050615205606085016150c2565b60ff1660a084015261521960808501613f0c565b6001600160401b031660c084015261523460a08501856150cd565b838203603f190160e085015261524a8282614dcc565b91505061525a60c0850185614ca8565b848303603f1901610100860152614eb98382846150e1565b80516137bd816150b4565b80516137bd81614856565b805161ffff811681146137bd575f5ffd5b5f60c08284031280156152aa575f5ffd5b5060405160c081016001600160401b03811182821017156152cd576152cd614725565b6040526152d983615272565b81526152e76020840161527d565b60208201526152f86040840161527d565b604082015261530960608401615288565b606082015261531a6080840161527d565b608082015261532b60a0840161527d565b60a08201529392505050565b60ff8181168382160190811115610c3557610c356146fe565b5f60ff821660ff8103614836576148366146fe565b5f8135610c3581614856565b8015158114610e31575f5ffd5b813561538981614856565b8154602084013561539981614856565b67ffffffff000000008160201b1663ffffffff84166001600160401b031984161717845550505060408201356153ce81615371565b815468ff0000000000000000191690151560401b68ff0000000000000000161781555f60608301356153ff816150b4565b825469ff000000000000000000191660489190911b69ff0000000000000000001617825550610b6f61543360808401615365565b82805463ffffffff60501b191660509290921b63ffffffff60501b16919091179055565b60c08101833561546681614856565b63ffffffff168252602084013561547c81614856565b63ffffffff166020830152604084013561549581615371565b1515604083015260608401356154aa816150b4565b60ff16606083015260808401356154c081614856565b63ffffffff1660808301526001600160401b039290921660a090910152919050565b606081016154f082866141da565b602082019390935260400152919050565b6001600160401b038181168382160290811690818114613ef157613ef16146fe565b5f63ffffffff821680615538576155386146fe565b5f19019291505056",
}

// Ledger is an auto generated Go binding around an Ethereum contract.
type Ledger struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Ledger) GetABI() abi.ABI {
	return c.abi
}

// NewLedger creates a new instance of Ledger.
func NewLedger() *Ledger {
	parsed, err := LedgerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Ledger{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Ledger) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor((address,uint64,uint64,uint64,uint16,uint16,uint16,uint8) p) returns()
func (ledger *Ledger) PackConstructor(p LedgerParams) []byte {
	enc, err := ledger.abi.Pack("", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAttestModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40167d7e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attestModel(bytes32 runId, uint64 round, bytes32 modelRoot) returns()
func (ledger *Ledger) PackAttestModel(runId [32]byte, round uint64, modelRoot [32]byte) []byte {
	enc, err := ledger.abi.Pack("attestModel", runId, round, modelRoot)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttestModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40167d7e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attestModel(bytes32 runId, uint64 round, bytes32 modelRoot) returns()
func (ledger *Ledger) TryPackAttestModel(runId [32]byte, round uint64, modelRoot [32]byte) ([]byte, error) {
	return ledger.abi.Pack("attestModel", runId, round, modelRoot)
}

// PackClaimReward is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4896358f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimReward(bytes32 runId, uint64 round) returns()
func (ledger *Ledger) PackClaimReward(runId [32]byte, round uint64) []byte {
	enc, err := ledger.abi.Pack("claimReward", runId, round)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimReward is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4896358f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimReward(bytes32 runId, uint64 round) returns()
func (ledger *Ledger) TryPackClaimReward(runId [32]byte, round uint64) ([]byte, error) {
	return ledger.abi.Pack("claimReward", runId, round)
}

// PackCloseRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46bb1f23.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function closeRound(bytes32 runId, uint64 round) returns()
func (ledger *Ledger) PackCloseRound(runId [32]byte, round uint64) []byte {
	enc, err := ledger.abi.Pack("closeRound", runId, round)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCloseRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46bb1f23.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function closeRound(bytes32 runId, uint64 round) returns()
func (ledger *Ledger) TryPackCloseRound(runId [32]byte, round uint64) ([]byte, error) {
	return ledger.abi.Pack("closeRound", runId, round)
}

// PackCommit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7def8ee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commit(bytes32 runId, uint64 round, (bytes32,bytes32,bytes32,uint64) c) returns()
func (ledger *Ledger) PackCommit(runId [32]byte, round uint64, c Commitment) []byte {
	enc, err := ledger.abi.Pack("commit", runId, round, c)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7def8ee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commit(bytes32 runId, uint64 round, (bytes32,bytes32,bytes32,uint64) c) returns()
func (ledger *Ledger) TryPackCommit(runId [32]byte, round uint64, c Commitment) ([]byte, error) {
	return ledger.abi.Pack("commit", runId, round, c)
}

// PackCommitment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43c6a548.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitment(bytes32 runId, uint64 r, address peer_) view returns((bytes32,bytes32,bytes32,uint64))
func (ledger *Ledger) PackCommitment(runId [32]byte, r uint64, peer common.Address) []byte {
	enc, err := ledger.abi.Pack("commitment", runId, r, peer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43c6a548.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitment(bytes32 runId, uint64 r, address peer_) view returns((bytes32,bytes32,bytes32,uint64))
func (ledger *Ledger) TryPackCommitment(runId [32]byte, r uint64, peer common.Address) ([]byte, error) {
	return ledger.abi.Pack("commitment", runId, r, peer)
}

// UnpackCommitment is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x43c6a548.
//
// Solidity: function commitment(bytes32 runId, uint64 r, address peer_) view returns((bytes32,bytes32,bytes32,uint64))
func (ledger *Ledger) UnpackCommitment(data []byte) (Commitment, error) {
	out, err := ledger.abi.Unpack("commitment", data)
	if err != nil {
		return *new(Commitment), err
	}
	out0 := *abi.ConvertType(out[0], new(Commitment)).(*Commitment)
	return out0, nil
}

// PackCreateRun is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63189e90.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createRun((bytes32,string,uint64,uint32,uint32,uint32,uint128,uint128,bytes32,string[]) c) payable returns(bytes32 runId)
func (ledger *Ledger) PackCreateRun(c RunConfig) []byte {
	enc, err := ledger.abi.Pack("createRun", c)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateRun is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63189e90.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createRun((bytes32,string,uint64,uint32,uint32,uint32,uint128,uint128,bytes32,string[]) c) payable returns(bytes32 runId)
func (ledger *Ledger) TryPackCreateRun(c RunConfig) ([]byte, error) {
	return ledger.abi.Pack("createRun", c)
}

// UnpackCreateRun is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x63189e90.
//
// Solidity: function createRun((bytes32,string,uint64,uint32,uint32,uint32,uint128,uint128,bytes32,string[]) c) payable returns(bytes32 runId)
func (ledger *Ledger) UnpackCreateRun(data []byte) ([32]byte, error) {
	out, err := ledger.abi.Unpack("createRun", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5d44d80.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function credit(address a) view returns(uint256)
func (ledger *Ledger) PackCredit(a common.Address) []byte {
	enc, err := ledger.abi.Pack("credit", a)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5d44d80.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function credit(address a) view returns(uint256)
func (ledger *Ledger) TryPackCredit(a common.Address) ([]byte, error) {
	return ledger.abi.Pack("credit", a)
}

// UnpackCredit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5d44d80.
//
// Solidity: function credit(address a) view returns(uint256)
func (ledger *Ledger) UnpackCredit(data []byte) (*big.Int, error) {
	out, err := ledger.abi.Unpack("credit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86d6282c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dispute(uint256 id) view returns((bytes32,uint64,address,address,uint128,uint64,uint64,uint8,uint8,uint8,(uint32,uint32,bool,uint8,uint32)))
func (ledger *Ledger) PackDispute(id *big.Int) []byte {
	enc, err := ledger.abi.Pack("dispute", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86d6282c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dispute(uint256 id) view returns((bytes32,uint64,address,address,uint128,uint64,uint64,uint8,uint8,uint8,(uint32,uint32,bool,uint8,uint32)))
func (ledger *Ledger) TryPackDispute(id *big.Int) ([]byte, error) {
	return ledger.abi.Pack("dispute", id)
}

// UnpackDispute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x86d6282c.
//
// Solidity: function dispute(uint256 id) view returns((bytes32,uint64,address,address,uint128,uint64,uint64,uint8,uint8,uint8,(uint32,uint32,bool,uint8,uint32)))
func (ledger *Ledger) UnpackDispute(data []byte) (Dispute, error) {
	out, err := ledger.abi.Unpack("dispute", data)
	if err != nil {
		return *new(Dispute), err
	}
	out0 := *abi.ConvertType(out[0], new(Dispute)).(*Dispute)
	return out0, nil
}

// PackDisputeCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa28889e1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputeCount() view returns(uint256)
func (ledger *Ledger) PackDisputeCount() []byte {
	enc, err := ledger.abi.Pack("disputeCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisputeCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa28889e1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disputeCount() view returns(uint256)
func (ledger *Ledger) TryPackDisputeCount() ([]byte, error) {
	return ledger.abi.Pack("disputeCount")
}

// UnpackDisputeCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa28889e1.
//
// Solidity: function disputeCount() view returns(uint256)
func (ledger *Ledger) UnpackDisputeCount(data []byte) (*big.Int, error) {
	out, err := ledger.abi.Unpack("disputeCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFinalizeRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3cf453c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalizeRound(bytes32 runId, uint64 round) returns()
func (ledger *Ledger) PackFinalizeRound(runId [32]byte, round uint64) []byte {
	enc, err := ledger.abi.Pack("finalizeRound", runId, round)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalizeRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3cf453c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalizeRound(bytes32 runId, uint64 round) returns()
func (ledger *Ledger) TryPackFinalizeRound(runId [32]byte, round uint64) ([]byte, error) {
	return ledger.abi.Pack("finalizeRound", runId, round)
}

// PackModelRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0f496ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function modelRoot(bytes32 runId, uint64 r) view returns(bytes32)
func (ledger *Ledger) PackModelRoot(runId [32]byte, r uint64) []byte {
	enc, err := ledger.abi.Pack("modelRoot", runId, r)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackModelRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0f496ca3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function modelRoot(bytes32 runId, uint64 r) view returns(bytes32)
func (ledger *Ledger) TryPackModelRoot(runId [32]byte, r uint64) ([]byte, error) {
	return ledger.abi.Pack("modelRoot", runId, r)
}

// UnpackModelRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0f496ca3.
//
// Solidity: function modelRoot(bytes32 runId, uint64 r) view returns(bytes32)
func (ledger *Ledger) UnpackModelRoot(data []byte) ([32]byte, error) {
	out, err := ledger.abi.Unpack("modelRoot", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackOpenDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2df11334.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function openDispute(bytes32 runId, uint64 round, address solver) payable returns(uint256 id)
func (ledger *Ledger) PackOpenDispute(runId [32]byte, round uint64, solver common.Address) []byte {
	enc, err := ledger.abi.Pack("openDispute", runId, round, solver)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpenDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2df11334.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function openDispute(bytes32 runId, uint64 round, address solver) payable returns(uint256 id)
func (ledger *Ledger) TryPackOpenDispute(runId [32]byte, round uint64, solver common.Address) ([]byte, error) {
	return ledger.abi.Pack("openDispute", runId, round, solver)
}

// UnpackOpenDispute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2df11334.
//
// Solidity: function openDispute(bytes32 runId, uint64 round, address solver) payable returns(uint256 id)
func (ledger *Ledger) UnpackOpenDispute(data []byte) (*big.Int, error) {
	out, err := ledger.abi.Unpack("openDispute", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcff0ab96.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function params() view returns((address,uint64,uint64,uint64,uint16,uint16,uint16,uint8))
func (ledger *Ledger) PackParams() []byte {
	enc, err := ledger.abi.Pack("params")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcff0ab96.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function params() view returns((address,uint64,uint64,uint64,uint16,uint16,uint16,uint8))
func (ledger *Ledger) TryPackParams() ([]byte, error) {
	return ledger.abi.Pack("params")
}

// UnpackParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcff0ab96.
//
// Solidity: function params() view returns((address,uint64,uint64,uint64,uint16,uint16,uint16,uint8))
func (ledger *Ledger) UnpackParams(data []byte) (LedgerParams, error) {
	out, err := ledger.abi.Unpack("params", data)
	if err != nil {
		return *new(LedgerParams), err
	}
	out0 := *abi.ConvertType(out[0], new(LedgerParams)).(*LedgerParams)
	return out0, nil
}

// PackPeer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1f7569dc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function peer(address a) view returns((bool,uint32,uint64,uint64,uint128,uint128))
func (ledger *Ledger) PackPeer(a common.Address) []byte {
	enc, err := ledger.abi.Pack("peer", a)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPeer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1f7569dc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function peer(address a) view returns((bool,uint32,uint64,uint64,uint128,uint128))
func (ledger *Ledger) TryPackPeer(a common.Address) ([]byte, error) {
	return ledger.abi.Pack("peer", a)
}

// UnpackPeer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1f7569dc.
//
// Solidity: function peer(address a) view returns((bool,uint32,uint64,uint64,uint128,uint128))
func (ledger *Ledger) UnpackPeer(data []byte) (StakingPeer, error) {
	out, err := ledger.abi.Unpack("peer", data)
	if err != nil {
		return *new(StakingPeer), err
	}
	out0 := *abi.ConvertType(out[0], new(StakingPeer)).(*StakingPeer)
	return out0, nil
}

// PackReclaimPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed8c4b5d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reclaimPool(bytes32 runId) returns()
func (ledger *Ledger) PackReclaimPool(runId [32]byte) []byte {
	enc, err := ledger.abi.Pack("reclaimPool", runId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReclaimPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed8c4b5d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reclaimPool(bytes32 runId) returns()
func (ledger *Ledger) TryPackReclaimPool(runId [32]byte) ([]byte, error) {
	return ledger.abi.Pack("reclaimPool", runId)
}

// PackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1aa3a008.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function register() payable returns()
func (ledger *Ledger) PackRegister() []byte {
	enc, err := ledger.abi.Pack("register")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1aa3a008.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function register() payable returns()
func (ledger *Ledger) TryPackRegister() ([]byte, error) {
	return ledger.abi.Pack("register")
}

// PackRequestReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf04ed379.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestReveal(uint256 id, (uint32,uint32,bool,uint8,uint32) req) returns()
func (ledger *Ledger) PackRequestReveal(id *big.Int, req RevealRequest) []byte {
	enc, err := ledger.abi.Pack("requestReveal", id, req)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf04ed379.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestReveal(uint256 id, (uint32,uint32,bool,uint8,uint32) req) returns()
func (ledger *Ledger) TryPackRequestReveal(id *big.Int, req RevealRequest) ([]byte, error) {
	return ledger.abi.Pack("requestReveal", id, req)
}

// PackRequestUnstake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23095721.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestUnstake(uint256 amount) returns()
func (ledger *Ledger) PackRequestUnstake(amount *big.Int) []byte {
	enc, err := ledger.abi.Pack("requestUnstake", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestUnstake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23095721.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestUnstake(uint256 amount) returns()
func (ledger *Ledger) TryPackRequestUnstake(amount *big.Int) ([]byte, error) {
	return ledger.abi.Pack("requestUnstake", amount)
}

// PackResolve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8ae0237.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resolve(uint256 id, ((bytes,(uint32,uint32,bytes32[]),(uint32,uint32,bytes32[])),bytes[],(uint32,uint32,bytes32[])[],uint8,uint64,(uint32[],uint32,bytes,bytes32[]),(uint32[],uint32,bytes,bytes32[])[]) proof) returns()
func (ledger *Ledger) PackResolve(id *big.Int, proof ElementProof) []byte {
	enc, err := ledger.abi.Pack("resolve", id, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResolve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8ae0237.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resolve(uint256 id, ((bytes,(uint32,uint32,bytes32[]),(uint32,uint32,bytes32[])),bytes[],(uint32,uint32,bytes32[])[],uint8,uint64,(uint32[],uint32,bytes,bytes32[]),(uint32[],uint32,bytes,bytes32[])[]) proof) returns()
func (ledger *Ledger) TryPackResolve(id *big.Int, proof ElementProof) ([]byte, error) {
	return ledger.abi.Pack("resolve", id, proof)
}

// PackReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb05a28ca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reveal(uint256 id, (bytes,(uint32,uint32,bytes32[]),(uint32,uint32,bytes32[])) rec, (uint32[],uint32,bytes,bytes32[]) chunk) returns()
func (ledger *Ledger) PackReveal(id *big.Int, rec RecordProof, chunk TensorSlice) []byte {
	enc, err := ledger.abi.Pack("reveal", id, rec, chunk)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb05a28ca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reveal(uint256 id, (bytes,(uint32,uint32,bytes32[]),(uint32,uint32,bytes32[])) rec, (uint32[],uint32,bytes,bytes32[]) chunk) returns()
func (ledger *Ledger) TryPackReveal(id *big.Int, rec RecordProof, chunk TensorSlice) ([]byte, error) {
	return ledger.abi.Pack("reveal", id, rec, chunk)
}

// PackRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x11e01d67.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function round(bytes32 runId, uint64 r) view returns((bool,bool,uint32,uint32,uint64,bytes32,bytes32,uint128,uint128,uint128,address[]))
func (ledger *Ledger) PackRound(runId [32]byte, r uint64) []byte {
	enc, err := ledger.abi.Pack("round", runId, r)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x11e01d67.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function round(bytes32 runId, uint64 r) view returns((bool,bool,uint32,uint32,uint64,bytes32,bytes32,uint128,uint128,uint128,address[]))
func (ledger *Ledger) TryPackRound(runId [32]byte, r uint64) ([]byte, error) {
	return ledger.abi.Pack("round", runId, r)
}

// UnpackRound is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x11e01d67.
//
// Solidity: function round(bytes32 runId, uint64 r) view returns((bool,bool,uint32,uint32,uint64,bytes32,bytes32,uint128,uint128,uint128,address[]))
func (ledger *Ledger) UnpackRound(data []byte) (RunsRound, error) {
	out, err := ledger.abi.Unpack("round", data)
	if err != nil {
		return *new(RunsRound), err
	}
	out0 := *abi.ConvertType(out[0], new(RunsRound)).(*RunsRound)
	return out0, nil
}

// PackRun is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef6ac0f0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function run(bytes32 runId) view returns((address,uint64,uint32,uint32,uint32,uint32,bytes32,bytes32,uint128,uint128,uint128,uint128,string,string[]))
func (ledger *Ledger) PackRun(runId [32]byte) []byte {
	enc, err := ledger.abi.Pack("run", runId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRun is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef6ac0f0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function run(bytes32 runId) view returns((address,uint64,uint32,uint32,uint32,uint32,bytes32,bytes32,uint128,uint128,uint128,uint128,string,string[]))
func (ledger *Ledger) TryPackRun(runId [32]byte) ([]byte, error) {
	return ledger.abi.Pack("run", runId)
}

// UnpackRun is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xef6ac0f0.
//
// Solidity: function run(bytes32 runId) view returns((address,uint64,uint32,uint32,uint32,uint32,bytes32,bytes32,uint128,uint128,uint128,uint128,string,string[]))
func (ledger *Ledger) UnpackRun(data []byte) (RunsRun, error) {
	out, err := ledger.abi.Unpack("run", data)
	if err != nil {
		return *new(RunsRun), err
	}
	out0 := *abi.ConvertType(out[0], new(RunsRun)).(*RunsRun)
	return out0, nil
}

// PackRunCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9196b700.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function runCount() view returns(uint256)
func (ledger *Ledger) PackRunCount() []byte {
	enc, err := ledger.abi.Pack("runCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRunCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9196b700.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function runCount() view returns(uint256)
func (ledger *Ledger) TryPackRunCount() ([]byte, error) {
	return ledger.abi.Pack("runCount")
}

// UnpackRunCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9196b700.
//
// Solidity: function runCount() view returns(uint256)
func (ledger *Ledger) UnpackRunCount(data []byte) (*big.Int, error) {
	out, err := ledger.abi.Unpack("runCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a4b66f1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stake() payable returns()
func (ledger *Ledger) PackStake() []byte {
	enc, err := ledger.abi.Pack("stake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a4b66f1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stake() payable returns()
func (ledger *Ledger) TryPackStake() ([]byte, error) {
	return ledger.abi.Pack("stake")
}

// PackStatus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeba3dd90.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function status(bytes32 runId, uint64 r, address peer_) view returns(uint8)
func (ledger *Ledger) PackStatus(runId [32]byte, r uint64, peer common.Address) []byte {
	enc, err := ledger.abi.Pack("status", runId, r, peer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStatus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeba3dd90.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function status(bytes32 runId, uint64 r, address peer_) view returns(uint8)
func (ledger *Ledger) TryPackStatus(runId [32]byte, r uint64, peer common.Address) ([]byte, error) {
	return ledger.abi.Pack("status", runId, r, peer)
}

// UnpackStatus is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeba3dd90.
//
// Solidity: function status(bytes32 runId, uint64 r, address peer_) view returns(uint8)
func (ledger *Ledger) UnpackStatus(data []byte) (uint8, error) {
	out, err := ledger.abi.Unpack("status", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackTimeout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08148f7a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function timeout(uint256 id) returns()
func (ledger *Ledger) PackTimeout(id *big.Int) []byte {
	enc, err := ledger.abi.Pack("timeout", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTimeout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08148f7a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function timeout(uint256 id) returns()
func (ledger *Ledger) TryPackTimeout(id *big.Int) ([]byte, error) {
	return ledger.abi.Pack("timeout", id)
}

// PackVerifiers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03c88daf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifiers(bytes32 runId, uint64 r, address solver) view returns(address[] out)
func (ledger *Ledger) PackVerifiers(runId [32]byte, r uint64, solver common.Address) []byte {
	enc, err := ledger.abi.Pack("verifiers", runId, r, solver)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifiers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03c88daf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifiers(bytes32 runId, uint64 r, address solver) view returns(address[] out)
func (ledger *Ledger) TryPackVerifiers(runId [32]byte, r uint64, solver common.Address) ([]byte, error) {
	return ledger.abi.Pack("verifiers", runId, r, solver)
}

// UnpackVerifiers is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x03c88daf.
//
// Solidity: function verifiers(bytes32 runId, uint64 r, address solver) view returns(address[] out)
func (ledger *Ledger) UnpackVerifiers(data []byte) ([]common.Address, error) {
	out, err := ledger.abi.Unpack("verifiers", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (ledger *Ledger) PackWithdraw() []byte {
	enc, err := ledger.abi.Pack("withdraw")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw() returns()
func (ledger *Ledger) TryPackWithdraw() ([]byte, error) {
	return ledger.abi.Pack("withdraw")
}

// PackWithdrawStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbed9d861.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawStake() returns()
func (ledger *Ledger) PackWithdrawStake() []byte {
	enc, err := ledger.abi.Pack("withdrawStake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbed9d861.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawStake() returns()
func (ledger *Ledger) TryPackWithdrawStake() ([]byte, error) {
	return ledger.abi.Pack("withdrawStake")
}

// LedgerCommitted represents a Committed event raised by the Ledger contract.
type LedgerCommitted struct {
	RunId      [32]byte
	Round      uint64
	Peer       common.Address
	Position   uint32
	Commitment Commitment
	Raw        *types.Log // Blockchain specific contextual infos
}

const LedgerCommittedEventName = "Committed"

// ContractEventName returns the user-defined event name.
func (LedgerCommitted) ContractEventName() string {
	return LedgerCommittedEventName
}

// UnpackCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Committed(bytes32 indexed runId, uint64 indexed round, address indexed peer, uint32 position, (bytes32,bytes32,bytes32,uint64) commitment)
func (ledger *Ledger) UnpackCommittedEvent(log *types.Log) (*LedgerCommitted, error) {
	event := "Committed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerCommitted)
	if len(log.Data) > 0 {
		if err := ledger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ledger.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LedgerDisputeOpened represents a DisputeOpened event raised by the Ledger contract.
type LedgerDisputeOpened struct {
	Id         *big.Int
	RunId      [32]byte
	Solver     common.Address
	Round      uint64
	Challenger common.Address
	Bond       *big.Int
	Deadline   uint64
	Raw        *types.Log // Blockchain specific contextual infos
}

const LedgerDisputeOpenedEventName = "DisputeOpened"

// ContractEventName returns the user-defined event name.
func (LedgerDisputeOpened) ContractEventName() string {
	return LedgerDisputeOpenedEventName
}

// UnpackDisputeOpenedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisputeOpened(uint256 indexed id, bytes32 indexed runId, address indexed solver, uint64 round, address challenger, uint256 bond, uint64 deadline)
func (ledger *Ledger) UnpackDisputeOpenedEvent(log *types.Log) (*LedgerDisputeOpened, error) {
	event := "DisputeOpened"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerDisputeOpened)
	if len(log.Data) > 0 {
		if err := ledger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ledger.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LedgerDisputeResolved represents a DisputeResolved event raised by the Ledger contract.
type LedgerDisputeResolved struct {
	Id                  *big.Int
	Winner              common.Address
	Outcome             uint8
	Slashed             *big.Int
	WhistleblowerReward *big.Int
	Raw                 *types.Log // Blockchain specific contextual infos
}

const LedgerDisputeResolvedEventName = "DisputeResolved"

// ContractEventName returns the user-defined event name.
func (LedgerDisputeResolved) ContractEventName() string {
	return LedgerDisputeResolvedEventName
}

// UnpackDisputeResolvedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisputeResolved(uint256 indexed id, address indexed winner, uint8 outcome, uint256 slashed, uint256 whistleblowerReward)
func (ledger *Ledger) UnpackDisputeResolvedEvent(log *types.Log) (*LedgerDisputeResolved, error) {
	event := "DisputeResolved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerDisputeResolved)
	if len(log.Data) > 0 {
		if err := ledger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ledger.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LedgerModelAgreed represents a ModelAgreed event raised by the Ledger contract.
type LedgerModelAgreed struct {
	RunId     [32]byte
	Round     uint64
	ModelRoot [32]byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const LedgerModelAgreedEventName = "ModelAgreed"

// ContractEventName returns the user-defined event name.
func (LedgerModelAgreed) ContractEventName() string {
	return LedgerModelAgreedEventName
}

// UnpackModelAgreedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelAgreed(bytes32 indexed runId, uint64 indexed round, bytes32 modelRoot)
func (ledger *Ledger) UnpackModelAgreedEvent(log *types.Log) (*LedgerModelAgreed, error) {
	event := "ModelAgreed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerModelAgreed)
	if len(log.Data) > 0 {
		if err := ledger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ledger.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LedgerModelAttested represents a ModelAttested event raised by the Ledger contract.
type LedgerModelAttested struct {
	RunId     [32]byte
	Round     uint64
	Peer      common.Address
	ModelRoot [32]byte
	Votes     uint32
	Raw       *types.Log // Blockchain specific contextual infos
}

const LedgerModelAttestedEventName = "ModelAttested"

// ContractEventName returns the user-defined event name.
func (LedgerModelAttested) ContractEventName() string {
	return LedgerModelAttestedEventName
}

// UnpackModelAttestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelAttested(bytes32 indexed runId, uint64 indexed round, address indexed peer, bytes32 modelRoot, uint32 votes)
func (ledger *Ledger) UnpackModelAttestedEvent(log *types.Log) (*LedgerModelAttested, error) {
	event := "ModelAttested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerModelAttested)
	if len(log.Data) > 0 {
		if err := ledger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ledger.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LedgerPoolReclaimed represents a PoolReclaimed event raised by the Ledger contract.
type LedgerPoolReclaimed struct {
	RunId     [32]byte
	Submitter common.Address
	Amount    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const LedgerPoolReclaimedEventName = "PoolReclaimed"

// ContractEventName returns the user-defined event name.
func (LedgerPoolReclaimed) ContractEventName() string {
	return LedgerPoolReclaimedEventName
}

// UnpackPoolReclaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PoolReclaimed(bytes32 indexed runId, address indexed submitter, uint256 amount)
func (ledger *Ledger) UnpackPoolReclaimedEvent(log *types.Log) (*LedgerPoolReclaimed, error) {
	event := "PoolReclaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerPoolReclaimed)
	if len(log.Data) > 0 {
		if err := ledger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ledger.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LedgerRegistered represents a Registered event raised by the Ledger contract.
type LedgerRegistered struct {
	Peer common.Address
	Raw  *types.Log // Blockchain specific contextual infos
}

const LedgerRegisteredEventName = "Registered"

// ContractEventName returns the user-defined event name.
func (LedgerRegistered) ContractEventName() string {
	return LedgerRegisteredEventName
}

// UnpackRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Registered(address indexed peer)
func (ledger *Ledger) UnpackRegisteredEvent(log *types.Log) (*LedgerRegistered, error) {
	event := "Registered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerRegistered)
	if len(log.Data) > 0 {
		if err := ledger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ledger.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LedgerRevealRequested represents a RevealRequested event raised by the Ledger contract.
type LedgerRevealRequested struct {
	Id             *big.Int
	Request        RevealRequest
	RevealDeadline uint64
	Raw            *types.Log // Blockchain specific contextual infos
}

const LedgerRevealRequestedEventName = "RevealRequested"

// ContractEventName returns the user-defined event name.
func (LedgerRevealRequested) ContractEventName() string {
	return LedgerRevealRequestedEventName
}

// UnpackRevealRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RevealRequested(uint256 indexed id, (uint32,uint32,bool,uint8,uint32) request, uint64 revealDeadline)
func (ledger *Ledger) UnpackRevealRequestedEvent(log *types.Log) (*LedgerRevealRequested, error) {
	event := "RevealRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerRevealRequested)
	if len(log.Data) > 0 {
		if err := ledger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ledger.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LedgerRevealed represents a Revealed event raised by the Ledger contract.
type LedgerRevealed struct {
	Id          *big.Int
	Step        uint32
	Record      uint32
	RecordBytes []byte
	Chunk       TensorSlice
	Raw         *types.Log // Blockchain specific contextual infos
}

const LedgerRevealedEventName = "Revealed"

// ContractEventName returns the user-defined event name.
func (LedgerRevealed) ContractEventName() string {
	return LedgerRevealedEventName
}

// UnpackRevealedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Revealed(uint256 indexed id, uint32 step, uint32 record, bytes recordBytes, (uint32[],uint32,bytes,bytes32[]) chunk)
func (ledger *Ledger) UnpackRevealedEvent(log *types.Log) (*LedgerRevealed, error) {
	event := "Revealed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerRevealed)
	if len(log.Data) > 0 {
		if err := ledger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ledger.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LedgerRewardClaimed represents a RewardClaimed event raised by the Ledger contract.
type LedgerRewardClaimed struct {
	RunId  [32]byte
	Round  uint64
	Peer   common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const LedgerRewardClaimedEventName = "RewardClaimed"

// ContractEventName returns the user-defined event name.
func (LedgerRewardClaimed) ContractEventName() string {
	return LedgerRewardClaimedEventName
}

// UnpackRewardClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RewardClaimed(bytes32 indexed runId, uint64 indexed round, address indexed peer, uint256 amount)
func (ledger *Ledger) UnpackRewardClaimedEvent(log *types.Log) (*LedgerRewardClaimed, error) {
	event := "RewardClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerRewardClaimed)
	if len(log.Data) > 0 {
		if err := ledger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ledger.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LedgerRoundClosed represents a RoundClosed event raised by the Ledger contract.
type LedgerRoundClosed struct {
	RunId         [32]byte
	Round         uint64
	Beacon        [32]byte
	Contributions uint32
	Raw           *types.Log // Blockchain specific contextual infos
}

const LedgerRoundClosedEventName = "RoundClosed"

// ContractEventName returns the user-defined event name.
func (LedgerRoundClosed) ContractEventName() string {
	return LedgerRoundClosedEventName
}

// UnpackRoundClosedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoundClosed(bytes32 indexed runId, uint64 indexed round, bytes32 beacon, uint32 contributions)
func (ledger *Ledger) UnpackRoundClosedEvent(log *types.Log) (*LedgerRoundClosed, error) {
	event := "RoundClosed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerRoundClosed)
	if len(log.Data) > 0 {
		if err := ledger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ledger.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LedgerRoundFinalized represents a RoundFinalized event raised by the Ledger contract.
type LedgerRoundFinalized struct {
	RunId           [32]byte
	Round           uint64
	Eligible        uint32
	PerContribution *big.Int
	Raw             *types.Log // Blockchain specific contextual infos
}

const LedgerRoundFinalizedEventName = "RoundFinalized"

// ContractEventName returns the user-defined event name.
func (LedgerRoundFinalized) ContractEventName() string {
	return LedgerRoundFinalizedEventName
}

// UnpackRoundFinalizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoundFinalized(bytes32 indexed runId, uint64 indexed round, uint32 eligible, uint256 perContribution)
func (ledger *Ledger) UnpackRoundFinalizedEvent(log *types.Log) (*LedgerRoundFinalized, error) {
	event := "RoundFinalized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerRoundFinalized)
	if len(log.Data) > 0 {
		if err := ledger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ledger.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LedgerRunCreated represents a RunCreated event raised by the Ledger contract.
type LedgerRunCreated struct {
	RunId         [32]byte
	Submitter     common.Address
	ConfigHash    [32]byte
	Task          string
	Start         uint64
	RoundDuration uint32
	NumRounds     uint32
	Pool          *big.Int
	Bootstrap     []string
	Raw           *types.Log // Blockchain specific contextual infos
}

const LedgerRunCreatedEventName = "RunCreated"

// ContractEventName returns the user-defined event name.
func (LedgerRunCreated) ContractEventName() string {
	return LedgerRunCreatedEventName
}

// UnpackRunCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RunCreated(bytes32 indexed runId, address indexed submitter, bytes32 configHash, string task, uint64 start, uint32 roundDuration, uint32 numRounds, uint256 pool, string[] bootstrap)
func (ledger *Ledger) UnpackRunCreatedEvent(log *types.Log) (*LedgerRunCreated, error) {
	event := "RunCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerRunCreated)
	if len(log.Data) > 0 {
		if err := ledger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ledger.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LedgerSlashed represents a Slashed event raised by the Ledger contract.
type LedgerSlashed struct {
	Peer   common.Address
	RunId  [32]byte
	Round  uint64
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const LedgerSlashedEventName = "Slashed"

// ContractEventName returns the user-defined event name.
func (LedgerSlashed) ContractEventName() string {
	return LedgerSlashedEventName
}

// UnpackSlashedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Slashed(address indexed peer, bytes32 indexed runId, uint64 round, uint256 amount)
func (ledger *Ledger) UnpackSlashedEvent(log *types.Log) (*LedgerSlashed, error) {
	event := "Slashed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerSlashed)
	if len(log.Data) > 0 {
		if err := ledger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ledger.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LedgerStakeWithdrawn represents a StakeWithdrawn event raised by the Ledger contract.
type LedgerStakeWithdrawn struct {
	Peer   common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const LedgerStakeWithdrawnEventName = "StakeWithdrawn"

// ContractEventName returns the user-defined event name.
func (LedgerStakeWithdrawn) ContractEventName() string {
	return LedgerStakeWithdrawnEventName
}

// UnpackStakeWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StakeWithdrawn(address indexed peer, uint256 amount)
func (ledger *Ledger) UnpackStakeWithdrawnEvent(log *types.Log) (*LedgerStakeWithdrawn, error) {
	event := "StakeWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerStakeWithdrawn)
	if len(log.Data) > 0 {
		if err := ledger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ledger.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LedgerStaked represents a Staked event raised by the Ledger contract.
type LedgerStaked struct {
	Peer   common.Address
	Amount *big.Int
	Total  *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const LedgerStakedEventName = "Staked"

// ContractEventName returns the user-defined event name.
func (LedgerStaked) ContractEventName() string {
	return LedgerStakedEventName
}

// UnpackStakedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Staked(address indexed peer, uint256 amount, uint256 total)
func (ledger *Ledger) UnpackStakedEvent(log *types.Log) (*LedgerStaked, error) {
	event := "Staked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerStaked)
	if len(log.Data) > 0 {
		if err := ledger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ledger.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LedgerUnstakeRequested represents a UnstakeRequested event raised by the Ledger contract.
type LedgerUnstakeRequested struct {
	Peer     common.Address
	Amount   *big.Int
	UnlockAt uint64
	Raw      *types.Log // Blockchain specific contextual infos
}

const LedgerUnstakeRequestedEventName = "UnstakeRequested"

// ContractEventName returns the user-defined event name.
func (LedgerUnstakeRequested) ContractEventName() string {
	return LedgerUnstakeRequestedEventName
}

// UnpackUnstakeRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UnstakeRequested(address indexed peer, uint256 amount, uint64 unlockAt)
func (ledger *Ledger) UnpackUnstakeRequestedEvent(log *types.Log) (*LedgerUnstakeRequested, error) {
	event := "UnstakeRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerUnstakeRequested)
	if len(log.Data) > 0 {
		if err := ledger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ledger.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LedgerWithdrawn represents a Withdrawn event raised by the Ledger contract.
type LedgerWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const LedgerWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (LedgerWithdrawn) ContractEventName() string {
	return LedgerWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (ledger *Ledger) UnpackWithdrawnEvent(log *types.Log) (*LedgerWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerWithdrawn)
	if len(log.Data) > 0 {
		if err := ledger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ledger.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (ledger *Ledger) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], ledger.abi.Errors["AlreadyAttested"].ID.Bytes()[:4]) {
		return ledger.UnpackAlreadyAttestedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["AlreadyCommitted"].ID.Bytes()[:4]) {
		return ledger.UnpackAlreadyCommittedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["AlreadyFinalized"].ID.Bytes()[:4]) {
		return ledger.UnpackAlreadyFinalizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["AlreadyRegistered"].ID.Bytes()[:4]) {
		return ledger.UnpackAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["BadParams"].ID.Bytes()[:4]) {
		return ledger.UnpackBadParamsError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["BadRunConfig"].ID.Bytes()[:4]) {
		return ledger.UnpackBadRunConfigError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["BondTooLow"].ID.Bytes()[:4]) {
		return ledger.UnpackBondTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["DeadlinePassed"].ID.Bytes()[:4]) {
		return ledger.UnpackDeadlinePassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["DisputeActive"].ID.Bytes()[:4]) {
		return ledger.UnpackDisputeActiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["DisputeNotOpen"].ID.Bytes()[:4]) {
		return ledger.UnpackDisputeNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["DisputeWindowClosed"].ID.Bytes()[:4]) {
		return ledger.UnpackDisputeWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["DisputeWindowOpen"].ID.Bytes()[:4]) {
		return ledger.UnpackDisputeWindowOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["DisputesPending"].ID.Bytes()[:4]) {
		return ledger.UnpackDisputesPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["InsufficientStake"].ID.Bytes()[:4]) {
		return ledger.UnpackInsufficientStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["NoContribution"].ID.Bytes()[:4]) {
		return ledger.UnpackNoContributionError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["NoRevealPending"].ID.Bytes()[:4]) {
		return ledger.UnpackNoRevealPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["NoReward"].ID.Bytes()[:4]) {
		return ledger.UnpackNoRewardError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["NoSuchRound"].ID.Bytes()[:4]) {
		return ledger.UnpackNoSuchRoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["NotAContributor"].ID.Bytes()[:4]) {
		return ledger.UnpackNotAContributorError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["NotChallenger"].ID.Bytes()[:4]) {
		return ledger.UnpackNotChallengerError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["NotRegistered"].ID.Bytes()[:4]) {
		return ledger.UnpackNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["NotSolver"].ID.Bytes()[:4]) {
		return ledger.UnpackNotSolverError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["NotSubmitter"].ID.Bytes()[:4]) {
		return ledger.UnpackNotSubmitterError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["NotTimedOut"].ID.Bytes()[:4]) {
		return ledger.UnpackNotTimedOutError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return ledger.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["PeerInDispute"].ID.Bytes()[:4]) {
		return ledger.UnpackPeerInDisputeError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["RevealMismatch"].ID.Bytes()[:4]) {
		return ledger.UnpackRevealMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["RevealPending"].ID.Bytes()[:4]) {
		return ledger.UnpackRevealPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["RoundAlreadyClosed"].ID.Bytes()[:4]) {
		return ledger.UnpackRoundAlreadyClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["RoundFull"].ID.Bytes()[:4]) {
		return ledger.UnpackRoundFullError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["RoundNotClosed"].ID.Bytes()[:4]) {
		return ledger.UnpackRoundNotClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["RoundNotFinalized"].ID.Bytes()[:4]) {
		return ledger.UnpackRoundNotFinalizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["RoundNotOpen"].ID.Bytes()[:4]) {
		return ledger.UnpackRoundNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["RoundStillOpen"].ID.Bytes()[:4]) {
		return ledger.UnpackRoundStillOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["RunNotOver"].ID.Bytes()[:4]) {
		return ledger.UnpackRunNotOverError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["SelfDispute"].ID.Bytes()[:4]) {
		return ledger.UnpackSelfDisputeError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["StakeLocked"].ID.Bytes()[:4]) {
		return ledger.UnpackStakeLockedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["TooManyReveals"].ID.Bytes()[:4]) {
		return ledger.UnpackTooManyRevealsError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return ledger.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["UnknownDispute"].ID.Bytes()[:4]) {
		return ledger.UnpackUnknownDisputeError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["UnknownRun"].ID.Bytes()[:4]) {
		return ledger.UnpackUnknownRunError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["UnstakeExceedsStake"].ID.Bytes()[:4]) {
		return ledger.UnpackUnstakeExceedsStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return ledger.UnpackZeroAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["ZeroTraceRoot"].ID.Bytes()[:4]) {
		return ledger.UnpackZeroTraceRootError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// LedgerAlreadyAttested represents a AlreadyAttested error raised by the Ledger contract.
type LedgerAlreadyAttested struct {
	RunId [32]byte
	Round uint64
	Peer  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyAttested(bytes32 runId, uint64 round, address peer)
func LedgerAlreadyAttestedErrorID() common.Hash {
	return common.HexToHash("0xf4e48ba2b259ad70b094661e7f5b1925742260cb7d9b6b62d21424676c4f816a")
}

// UnpackAlreadyAttestedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyAttested(bytes32 runId, uint64 round, address peer)
func (ledger *Ledger) UnpackAlreadyAttestedError(raw []byte) (*LedgerAlreadyAttested, error) {
	out := new(LedgerAlreadyAttested)
	if err := ledger.abi.UnpackIntoInterface(out, "AlreadyAttested", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerAlreadyCommitted represents a AlreadyCommitted error raised by the Ledger contract.
type LedgerAlreadyCommitted struct {
	RunId [32]byte
	Round uint64
	Peer  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyCommitted(bytes32 runId, uint64 round, address peer)
func LedgerAlreadyCommittedErrorID() common.Hash {
	return common.HexToHash("0x59d583ac0ff8d1e34cad23af8fd67cf2f3dfe9f6bb87c3823853d3f4f879ee53")
}

// UnpackAlreadyCommittedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyCommitted(bytes32 runId, uint64 round, address peer)
func (ledger *Ledger) UnpackAlreadyCommittedError(raw []byte) (*LedgerAlreadyCommitted, error) {
	out := new(LedgerAlreadyCommitted)
	if err := ledger.abi.UnpackIntoInterface(out, "AlreadyCommitted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerAlreadyFinalized represents a AlreadyFinalized error raised by the Ledger contract.
type LedgerAlreadyFinalized struct {
	RunId [32]byte
	Round uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyFinalized(bytes32 runId, uint64 round)
func LedgerAlreadyFinalizedErrorID() common.Hash {
	return common.HexToHash("0xeeb7fd481754188fd4b0f694e1dba2d1ad0239ff81bb8b37d86d100c9289e387")
}

// UnpackAlreadyFinalizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyFinalized(bytes32 runId, uint64 round)
func (ledger *Ledger) UnpackAlreadyFinalizedError(raw []byte) (*LedgerAlreadyFinalized, error) {
	out := new(LedgerAlreadyFinalized)
	if err := ledger.abi.UnpackIntoInterface(out, "AlreadyFinalized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerAlreadyRegistered represents a AlreadyRegistered error raised by the Ledger contract.
type LedgerAlreadyRegistered struct {
	Peer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRegistered(address peer)
func LedgerAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x45ed80e9399c87887ea54f615514a1e3dde31e9b6c027ddceb4ffd503b70e428")
}

// UnpackAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRegistered(address peer)
func (ledger *Ledger) UnpackAlreadyRegisteredError(raw []byte) (*LedgerAlreadyRegistered, error) {
	out := new(LedgerAlreadyRegistered)
	if err := ledger.abi.UnpackIntoInterface(out, "AlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerBadParams represents a BadParams error raised by the Ledger contract.
type LedgerBadParams struct {
	Why string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadParams(string why)
func LedgerBadParamsErrorID() common.Hash {
	return common.HexToHash("0x87a33b27684f297cea1e18e1d41fcf399c8e0dbc38274d5e02b504924765634d")
}

// UnpackBadParamsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadParams(string why)
func (ledger *Ledger) UnpackBadParamsError(raw []byte) (*LedgerBadParams, error) {
	out := new(LedgerBadParams)
	if err := ledger.abi.UnpackIntoInterface(out, "BadParams", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerBadRunConfig represents a BadRunConfig error raised by the Ledger contract.
type LedgerBadRunConfig struct {
	Why string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadRunConfig(string why)
func LedgerBadRunConfigErrorID() common.Hash {
	return common.HexToHash("0x4ac7b07b986f270f0c3b16ed67dd68a718fe4d31ff7970ed3708c05dd8d00c3b")
}

// UnpackBadRunConfigError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadRunConfig(string why)
func (ledger *Ledger) UnpackBadRunConfigError(raw []byte) (*LedgerBadRunConfig, error) {
	out := new(LedgerBadRunConfig)
	if err := ledger.abi.UnpackIntoInterface(out, "BadRunConfig", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerBondTooLow represents a BondTooLow error raised by the Ledger contract.
type LedgerBondTooLow struct {
	Sent *big.Int
	Need *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BondTooLow(uint256 sent, uint256 need)
func LedgerBondTooLowErrorID() common.Hash {
	return common.HexToHash("0x000155b5ebd7e31e61b2db21f595e5ecb1232ce27e1acf6160bc8d8a6f74ef24")
}

// UnpackBondTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BondTooLow(uint256 sent, uint256 need)
func (ledger *Ledger) UnpackBondTooLowError(raw []byte) (*LedgerBondTooLow, error) {
	out := new(LedgerBondTooLow)
	if err := ledger.abi.UnpackIntoInterface(out, "BondTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerDeadlinePassed represents a DeadlinePassed error raised by the Ledger contract.
type LedgerDeadlinePassed struct {
	Id       *big.Int
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlinePassed(uint256 id, uint64 deadline)
func LedgerDeadlinePassedErrorID() common.Hash {
	return common.HexToHash("0x6f0a34828df90908cf3774b174f2452672331db746c88a2ea16ec99853e591b9")
}

// UnpackDeadlinePassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlinePassed(uint256 id, uint64 deadline)
func (ledger *Ledger) UnpackDeadlinePassedError(raw []byte) (*LedgerDeadlinePassed, error) {
	out := new(LedgerDeadlinePassed)
	if err := ledger.abi.UnpackIntoInterface(out, "DeadlinePassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerDisputeActive represents a DisputeActive error raised by the Ledger contract.
type LedgerDisputeActive struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DisputeActive(uint256 id)
func LedgerDisputeActiveErrorID() common.Hash {
	return common.HexToHash("0xaa0d86cfe754ad2d69c96f100e5acd143c7a2ea3167b0cff2ff930fa66c84db1")
}

// UnpackDisputeActiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DisputeActive(uint256 id)
func (ledger *Ledger) UnpackDisputeActiveError(raw []byte) (*LedgerDisputeActive, error) {
	out := new(LedgerDisputeActive)
	if err := ledger.abi.UnpackIntoInterface(out, "DisputeActive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerDisputeNotOpen represents a DisputeNotOpen error raised by the Ledger contract.
type LedgerDisputeNotOpen struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DisputeNotOpen(uint256 id)
func LedgerDisputeNotOpenErrorID() common.Hash {
	return common.HexToHash("0x1ee0f698949ab12290cb1c72c7adca47c570455aeea3dff53006bee2f1d80bfc")
}

// UnpackDisputeNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DisputeNotOpen(uint256 id)
func (ledger *Ledger) UnpackDisputeNotOpenError(raw []byte) (*LedgerDisputeNotOpen, error) {
	out := new(LedgerDisputeNotOpen)
	if err := ledger.abi.UnpackIntoInterface(out, "DisputeNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerDisputeWindowClosed represents a DisputeWindowClosed error raised by the Ledger contract.
type LedgerDisputeWindowClosed struct {
	RunId    [32]byte
	Round    uint64
	ClosedAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DisputeWindowClosed(bytes32 runId, uint64 round, uint64 closedAt)
func LedgerDisputeWindowClosedErrorID() common.Hash {
	return common.HexToHash("0x6a9d741548c6aa89f9a6ede252c07ed0b3664e692e2914a13157c3b741fa02a4")
}

// UnpackDisputeWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DisputeWindowClosed(bytes32 runId, uint64 round, uint64 closedAt)
func (ledger *Ledger) UnpackDisputeWindowClosedError(raw []byte) (*LedgerDisputeWindowClosed, error) {
	out := new(LedgerDisputeWindowClosed)
	if err := ledger.abi.UnpackIntoInterface(out, "DisputeWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerDisputeWindowOpen represents a DisputeWindowOpen error raised by the Ledger contract.
type LedgerDisputeWindowOpen struct {
	RunId [32]byte
	Round uint64
	Until uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DisputeWindowOpen(bytes32 runId, uint64 round, uint64 until)
func LedgerDisputeWindowOpenErrorID() common.Hash {
	return common.HexToHash("0xea37efb567f65bc203fb4894fc27583afa5f7c1454b85edb580a6ee2f40a131d")
}

// UnpackDisputeWindowOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DisputeWindowOpen(bytes32 runId, uint64 round, uint64 until)
func (ledger *Ledger) UnpackDisputeWindowOpenError(raw []byte) (*LedgerDisputeWindowOpen, error) {
	out := new(LedgerDisputeWindowOpen)
	if err := ledger.abi.UnpackIntoInterface(out, "DisputeWindowOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerDisputesPending represents a DisputesPending error raised by the Ledger contract.
type LedgerDisputesPending struct {
	RunId [32]byte
	Round uint64
	Open  uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DisputesPending(bytes32 runId, uint64 round, uint32 open)
func LedgerDisputesPendingErrorID() common.Hash {
	return common.HexToHash("0x5a55b6f9e35b2b2f3cef5a9f562b5ed0312b8f5d2a2b8290571e5d4273cfb3b5")
}

// UnpackDisputesPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DisputesPending(bytes32 runId, uint64 round, uint32 open)
func (ledger *Ledger) UnpackDisputesPendingError(raw []byte) (*LedgerDisputesPending, error) {
	out := new(LedgerDisputesPending)
	if err := ledger.abi.UnpackIntoInterface(out, "DisputesPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerInsufficientStake represents a InsufficientStake error raised by the Ledger contract.
type LedgerInsufficientStake struct {
	Peer common.Address
	Have *big.Int
	Need *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientStake(address peer, uint256 have, uint256 need)
func LedgerInsufficientStakeErrorID() common.Hash {
	return common.HexToHash("0x936d426dd74f230ad5a4425fb8e2282c39c20abb35ad8a2da02a9b2239d6c390")
}

// UnpackInsufficientStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientStake(address peer, uint256 have, uint256 need)
func (ledger *Ledger) UnpackInsufficientStakeError(raw []byte) (*LedgerInsufficientStake, error) {
	out := new(LedgerInsufficientStake)
	if err := ledger.abi.UnpackIntoInterface(out, "InsufficientStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerNoContribution represents a NoContribution error raised by the Ledger contract.
type LedgerNoContribution struct {
	RunId  [32]byte
	Round  uint64
	Solver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoContribution(bytes32 runId, uint64 round, address solver)
func LedgerNoContributionErrorID() common.Hash {
	return common.HexToHash("0xe5bb110f35de396c9b4207f9774e0e98520ed74d42e26b6ebc69f90b8a301b65")
}

// UnpackNoContributionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoContribution(bytes32 runId, uint64 round, address solver)
func (ledger *Ledger) UnpackNoContributionError(raw []byte) (*LedgerNoContribution, error) {
	out := new(LedgerNoContribution)
	if err := ledger.abi.UnpackIntoInterface(out, "NoContribution", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerNoRevealPending represents a NoRevealPending error raised by the Ledger contract.
type LedgerNoRevealPending struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoRevealPending(uint256 id)
func LedgerNoRevealPendingErrorID() common.Hash {
	return common.HexToHash("0x21e0c0719485a76f74ac3c19907768d4b593ef94231b62c6beb8d24ba3d5e466")
}

// UnpackNoRevealPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoRevealPending(uint256 id)
func (ledger *Ledger) UnpackNoRevealPendingError(raw []byte) (*LedgerNoRevealPending, error) {
	out := new(LedgerNoRevealPending)
	if err := ledger.abi.UnpackIntoInterface(out, "NoRevealPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerNoReward represents a NoReward error raised by the Ledger contract.
type LedgerNoReward struct {
	RunId [32]byte
	Round uint64
	Peer  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoReward(bytes32 runId, uint64 round, address peer)
func LedgerNoRewardErrorID() common.Hash {
	return common.HexToHash("0x7319a2437bdcb2938b8b88b6a2baa525669164ac12c8f8c7a1f1fd88b5a6ec87")
}

// UnpackNoRewardError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoReward(bytes32 runId, uint64 round, address peer)
func (ledger *Ledger) UnpackNoRewardError(raw []byte) (*LedgerNoReward, error) {
	out := new(LedgerNoReward)
	if err := ledger.abi.UnpackIntoInterface(out, "NoReward", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerNoSuchRound represents a NoSuchRound error raised by the Ledger contract.
type LedgerNoSuchRound struct {
	RunId [32]byte
	Round uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoSuchRound(bytes32 runId, uint64 round)
func LedgerNoSuchRoundErrorID() common.Hash {
	return common.HexToHash("0x9236a6a00c73948dac09b21a60968bb6a9a318d4bf3928f0a0b968259e32fa1f")
}

// UnpackNoSuchRoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoSuchRound(bytes32 runId, uint64 round)
func (ledger *Ledger) UnpackNoSuchRoundError(raw []byte) (*LedgerNoSuchRound, error) {
	out := new(LedgerNoSuchRound)
	if err := ledger.abi.UnpackIntoInterface(out, "NoSuchRound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerNotAContributor represents a NotAContributor error raised by the Ledger contract.
type LedgerNotAContributor struct {
	RunId [32]byte
	Round uint64
	Peer  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAContributor(bytes32 runId, uint64 round, address peer)
func LedgerNotAContributorErrorID() common.Hash {
	return common.HexToHash("0xf898973b1adfb47c36aed687b240bd9a3c179110331b1fb1f8a226b7a274c80f")
}

// UnpackNotAContributorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAContributor(bytes32 runId, uint64 round, address peer)
func (ledger *Ledger) UnpackNotAContributorError(raw []byte) (*LedgerNotAContributor, error) {
	out := new(LedgerNotAContributor)
	if err := ledger.abi.UnpackIntoInterface(out, "NotAContributor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerNotChallenger represents a NotChallenger error raised by the Ledger contract.
type LedgerNotChallenger struct {
	Id     *big.Int
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotChallenger(uint256 id, address caller)
func LedgerNotChallengerErrorID() common.Hash {
	return common.HexToHash("0xd44a5be8af706718e51cc0b1427e43a145bdd93bac22497676b0bedd8904d560")
}

// UnpackNotChallengerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotChallenger(uint256 id, address caller)
func (ledger *Ledger) UnpackNotChallengerError(raw []byte) (*LedgerNotChallenger, error) {
	out := new(LedgerNotChallenger)
	if err := ledger.abi.UnpackIntoInterface(out, "NotChallenger", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerNotRegistered represents a NotRegistered error raised by the Ledger contract.
type LedgerNotRegistered struct {
	Peer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRegistered(address peer)
func LedgerNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0xbfc6c337a80b7b8201f77f0a2a54c6e5f7c6fd9124a749804a482fa16ee8a895")
}

// UnpackNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRegistered(address peer)
func (ledger *Ledger) UnpackNotRegisteredError(raw []byte) (*LedgerNotRegistered, error) {
	out := new(LedgerNotRegistered)
	if err := ledger.abi.UnpackIntoInterface(out, "NotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerNotSolver represents a NotSolver error raised by the Ledger contract.
type LedgerNotSolver struct {
	Id     *big.Int
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSolver(uint256 id, address caller)
func LedgerNotSolverErrorID() common.Hash {
	return common.HexToHash("0x8603ed272c1b8dbeb2572c87e5a720714aeb1f99e2f31eb04d9a81ee6afa720b")
}

// UnpackNotSolverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSolver(uint256 id, address caller)
func (ledger *Ledger) UnpackNotSolverError(raw []byte) (*LedgerNotSolver, error) {
	out := new(LedgerNotSolver)
	if err := ledger.abi.UnpackIntoInterface(out, "NotSolver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerNotSubmitter represents a NotSubmitter error raised by the Ledger contract.
type LedgerNotSubmitter struct {
	RunId  [32]byte
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSubmitter(bytes32 runId, address caller)
func LedgerNotSubmitterErrorID() common.Hash {
	return common.HexToHash("0xd4bae604ba29943732a92ed5619757033da146d65b3d97f62235dde9c30398ae")
}

// UnpackNotSubmitterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSubmitter(bytes32 runId, address caller)
func (ledger *Ledger) UnpackNotSubmitterError(raw []byte) (*LedgerNotSubmitter, error) {
	out := new(LedgerNotSubmitter)
	if err := ledger.abi.UnpackIntoInterface(out, "NotSubmitter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerNotTimedOut represents a NotTimedOut error raised by the Ledger contract.
type LedgerNotTimedOut struct {
	Id       *big.Int
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotTimedOut(uint256 id, uint64 deadline)
func LedgerNotTimedOutErrorID() common.Hash {
	return common.HexToHash("0x7917b3e75c48f1dec69dc4a3e4afc1ea21e11b42f7d23e22395f7ced56b719d3")
}

// UnpackNotTimedOutError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotTimedOut(uint256 id, uint64 deadline)
func (ledger *Ledger) UnpackNotTimedOutError(raw []byte) (*LedgerNotTimedOut, error) {
	out := new(LedgerNotTimedOut)
	if err := ledger.abi.UnpackIntoInterface(out, "NotTimedOut", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerNothingToWithdraw represents a NothingToWithdraw error raised by the Ledger contract.
type LedgerNothingToWithdraw struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw()
func LedgerNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xd0d04f60bf4f7629141a1f00f5d2908fa0f3e15bf4cbf8bb8edc6fcbdf2509fa")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw()
func (ledger *Ledger) UnpackNothingToWithdrawError(raw []byte) (*LedgerNothingToWithdraw, error) {
	out := new(LedgerNothingToWithdraw)
	if err := ledger.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerPeerInDispute represents a PeerInDispute error raised by the Ledger contract.
type LedgerPeerInDispute struct {
	Peer         common.Address
	OpenDisputes uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PeerInDispute(address peer, uint32 openDisputes)
func LedgerPeerInDisputeErrorID() common.Hash {
	return common.HexToHash("0xdea30450e665134413df0da4e35e7f7f16c1415276ac5f7b8a1073fd36da809a")
}

// UnpackPeerInDisputeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PeerInDispute(address peer, uint32 openDisputes)
func (ledger *Ledger) UnpackPeerInDisputeError(raw []byte) (*LedgerPeerInDispute, error) {
	out := new(LedgerPeerInDispute)
	if err := ledger.abi.UnpackIntoInterface(out, "PeerInDispute", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerRevealMismatch represents a RevealMismatch error raised by the Ledger contract.
type LedgerRevealMismatch struct {
	Id  *big.Int
	Why string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevealMismatch(uint256 id, string why)
func LedgerRevealMismatchErrorID() common.Hash {
	return common.HexToHash("0x3c455c4a7cb7c84ee6f84fc529027d890ee51ba58775c5ba933d01fbf803b2de")
}

// UnpackRevealMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevealMismatch(uint256 id, string why)
func (ledger *Ledger) UnpackRevealMismatchError(raw []byte) (*LedgerRevealMismatch, error) {
	out := new(LedgerRevealMismatch)
	if err := ledger.abi.UnpackIntoInterface(out, "RevealMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerRevealPending represents a RevealPending error raised by the Ledger contract.
type LedgerRevealPending struct {
	Id             *big.Int
	RevealDeadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevealPending(uint256 id, uint64 revealDeadline)
func LedgerRevealPendingErrorID() common.Hash {
	return common.HexToHash("0xf4d51764ffba050db3faad58353b5ec67db87271fc8fbcb29839cef4b8fa4b60")
}

// UnpackRevealPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevealPending(uint256 id, uint64 revealDeadline)
func (ledger *Ledger) UnpackRevealPendingError(raw []byte) (*LedgerRevealPending, error) {
	out := new(LedgerRevealPending)
	if err := ledger.abi.UnpackIntoInterface(out, "RevealPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerRoundAlreadyClosed represents a RoundAlreadyClosed error raised by the Ledger contract.
type LedgerRoundAlreadyClosed struct {
	RunId [32]byte
	Round uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RoundAlreadyClosed(bytes32 runId, uint64 round)
func LedgerRoundAlreadyClosedErrorID() common.Hash {
	return common.HexToHash("0x266d427bfaee01b56214debc82c162a8fe9494c54fd551ac458722e560196f86")
}

// UnpackRoundAlreadyClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RoundAlreadyClosed(bytes32 runId, uint64 round)
func (ledger *Ledger) UnpackRoundAlreadyClosedError(raw []byte) (*LedgerRoundAlreadyClosed, error) {
	out := new(LedgerRoundAlreadyClosed)
	if err := ledger.abi.UnpackIntoInterface(out, "RoundAlreadyClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerRoundFull represents a RoundFull error raised by the Ledger contract.
type LedgerRoundFull struct {
	RunId [32]byte
	Round uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RoundFull(bytes32 runId, uint64 round)
func LedgerRoundFullErrorID() common.Hash {
	return common.HexToHash("0xa4153909b5c10de63328a4ab423ba91ee5f77a78ea9fac9530e6b180e5665af9")
}

// UnpackRoundFullError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RoundFull(bytes32 runId, uint64 round)
func (ledger *Ledger) UnpackRoundFullError(raw []byte) (*LedgerRoundFull, error) {
	out := new(LedgerRoundFull)
	if err := ledger.abi.UnpackIntoInterface(out, "RoundFull", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerRoundNotClosed represents a RoundNotClosed error raised by the Ledger contract.
type LedgerRoundNotClosed struct {
	RunId [32]byte
	Round uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RoundNotClosed(bytes32 runId, uint64 round)
func LedgerRoundNotClosedErrorID() common.Hash {
	return common.HexToHash("0xe4965f81318acdab519e049bd21cdaf6b4940306a48bf1561a5ed9480f481f3f")
}

// UnpackRoundNotClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RoundNotClosed(bytes32 runId, uint64 round)
func (ledger *Ledger) UnpackRoundNotClosedError(raw []byte) (*LedgerRoundNotClosed, error) {
	out := new(LedgerRoundNotClosed)
	if err := ledger.abi.UnpackIntoInterface(out, "RoundNotClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerRoundNotFinalized represents a RoundNotFinalized error raised by the Ledger contract.
type LedgerRoundNotFinalized struct {
	RunId [32]byte
	Round uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RoundNotFinalized(bytes32 runId, uint64 round)
func LedgerRoundNotFinalizedErrorID() common.Hash {
	return common.HexToHash("0x4b38f3ce12a89598b8f6413a63ee32f18519dbbeaf1d702aafddfeeb975e349b")
}

// UnpackRoundNotFinalizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RoundNotFinalized(bytes32 runId, uint64 round)
func (ledger *Ledger) UnpackRoundNotFinalizedError(raw []byte) (*LedgerRoundNotFinalized, error) {
	out := new(LedgerRoundNotFinalized)
	if err := ledger.abi.UnpackIntoInterface(out, "RoundNotFinalized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerRoundNotOpen represents a RoundNotOpen error raised by the Ledger contract.
type LedgerRoundNotOpen struct {
	RunId    [32]byte
	Round    uint64
	OpensAt  uint64
	ClosesAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RoundNotOpen(bytes32 runId, uint64 round, uint64 opensAt, uint64 closesAt)
func LedgerRoundNotOpenErrorID() common.Hash {
	return common.HexToHash("0x79ba497fa095bbe12e226bb7e16315bfc96b9e9650911ddfe09fb73fe5c9a69a")
}

// UnpackRoundNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RoundNotOpen(bytes32 runId, uint64 round, uint64 opensAt, uint64 closesAt)
func (ledger *Ledger) UnpackRoundNotOpenError(raw []byte) (*LedgerRoundNotOpen, error) {
	out := new(LedgerRoundNotOpen)
	if err := ledger.abi.UnpackIntoInterface(out, "RoundNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerRoundStillOpen represents a RoundStillOpen error raised by the Ledger contract.
type LedgerRoundStillOpen struct {
	RunId    [32]byte
	Round    uint64
	ClosesAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RoundStillOpen(bytes32 runId, uint64 round, uint64 closesAt)
func LedgerRoundStillOpenErrorID() common.Hash {
	return common.HexToHash("0xd149900bdedb763a55195b2ca0572929235cec627033e1f6df46eb8cf72f09b5")
}

// UnpackRoundStillOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RoundStillOpen(bytes32 runId, uint64 round, uint64 closesAt)
func (ledger *Ledger) UnpackRoundStillOpenError(raw []byte) (*LedgerRoundStillOpen, error) {
	out := new(LedgerRoundStillOpen)
	if err := ledger.abi.UnpackIntoInterface(out, "RoundStillOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerRunNotOver represents a RunNotOver error raised by the Ledger contract.
type LedgerRunNotOver struct {
	RunId     [32]byte
	Finalized uint32
	Rounds    uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RunNotOver(bytes32 runId, uint32 finalized, uint32 rounds)
func LedgerRunNotOverErrorID() common.Hash {
	return common.HexToHash("0x7a8f9c4911836b55ae3ab6be377f5111f88a42a113ac4f556ac5cb7858c4a802")
}

// UnpackRunNotOverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RunNotOver(bytes32 runId, uint32 finalized, uint32 rounds)
func (ledger *Ledger) UnpackRunNotOverError(raw []byte) (*LedgerRunNotOver, error) {
	out := new(LedgerRunNotOver)
	if err := ledger.abi.UnpackIntoInterface(out, "RunNotOver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerSelfDispute represents a SelfDispute error raised by the Ledger contract.
type LedgerSelfDispute struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SelfDispute()
func LedgerSelfDisputeErrorID() common.Hash {
	return common.HexToHash("0x80e7f40ce496c2e57235f964ae4d163c339d8914735f3713218239bd206beabe")
}

// UnpackSelfDisputeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SelfDispute()
func (ledger *Ledger) UnpackSelfDisputeError(raw []byte) (*LedgerSelfDispute, error) {
	out := new(LedgerSelfDispute)
	if err := ledger.abi.UnpackIntoInterface(out, "SelfDispute", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerStakeLocked represents a StakeLocked error raised by the Ledger contract.
type LedgerStakeLocked struct {
	Until uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StakeLocked(uint64 until)
func LedgerStakeLockedErrorID() common.Hash {
	return common.HexToHash("0x68a2053c541711e2ff09fbad0cfdb8ccb48b3380c7b25396271bb41985b31519")
}

// UnpackStakeLockedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StakeLocked(uint64 until)
func (ledger *Ledger) UnpackStakeLockedError(raw []byte) (*LedgerStakeLocked, error) {
	out := new(LedgerStakeLocked)
	if err := ledger.abi.UnpackIntoInterface(out, "StakeLocked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerTooManyReveals represents a TooManyReveals error raised by the Ledger contract.
type LedgerTooManyReveals struct {
	Id  *big.Int
	Max uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyReveals(uint256 id, uint8 max)
func LedgerTooManyRevealsErrorID() common.Hash {
	return common.HexToHash("0x2c0e790708275f31842cdb7775c3e29e43b2fbdb0d33d92556cb09402e192562")
}

// UnpackTooManyRevealsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyReveals(uint256 id, uint8 max)
func (ledger *Ledger) UnpackTooManyRevealsError(raw []byte) (*LedgerTooManyReveals, error) {
	out := new(LedgerTooManyReveals)
	if err := ledger.abi.UnpackIntoInterface(out, "TooManyReveals", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerTransferFailed represents a TransferFailed error raised by the Ledger contract.
type LedgerTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func LedgerTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x1c43b9761b3fba5321ca8212bfc231945f668ccc0c446f333999eea9ce8fda81")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func (ledger *Ledger) UnpackTransferFailedError(raw []byte) (*LedgerTransferFailed, error) {
	out := new(LedgerTransferFailed)
	if err := ledger.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerUnknownDispute represents a UnknownDispute error raised by the Ledger contract.
type LedgerUnknownDispute struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownDispute(uint256 id)
func LedgerUnknownDisputeErrorID() common.Hash {
	return common.HexToHash("0x8f09a29b08337b4e66a42a0bbd8bc395cb2fa24f8b538de30a025d7769f25cf4")
}

// UnpackUnknownDisputeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownDispute(uint256 id)
func (ledger *Ledger) UnpackUnknownDisputeError(raw []byte) (*LedgerUnknownDispute, error) {
	out := new(LedgerUnknownDispute)
	if err := ledger.abi.UnpackIntoInterface(out, "UnknownDispute", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerUnknownRun represents a UnknownRun error raised by the Ledger contract.
type LedgerUnknownRun struct {
	RunId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownRun(bytes32 runId)
func LedgerUnknownRunErrorID() common.Hash {
	return common.HexToHash("0x14ed72a27c3d0d046b7c27161f68d5b2ccc14d22e9b96f4d8fc7ca59a9254890")
}

// UnpackUnknownRunError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownRun(bytes32 runId)
func (ledger *Ledger) UnpackUnknownRunError(raw []byte) (*LedgerUnknownRun, error) {
	out := new(LedgerUnknownRun)
	if err := ledger.abi.UnpackIntoInterface(out, "UnknownRun", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerUnstakeExceedsStake represents a UnstakeExceedsStake error raised by the Ledger contract.
type LedgerUnstakeExceedsStake struct {
	Amount    *big.Int
	Available *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnstakeExceedsStake(uint256 amount, uint256 available)
func LedgerUnstakeExceedsStakeErrorID() common.Hash {
	return common.HexToHash("0x00393c6320e89a6736fa0cf2221409e530268be361d9d01d0b7bf40f131d2434")
}

// UnpackUnstakeExceedsStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnstakeExceedsStake(uint256 amount, uint256 available)
func (ledger *Ledger) UnpackUnstakeExceedsStakeError(raw []byte) (*LedgerUnstakeExceedsStake, error) {
	out := new(LedgerUnstakeExceedsStake)
	if err := ledger.abi.UnpackIntoInterface(out, "UnstakeExceedsStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerZeroAmount represents a ZeroAmount error raised by the Ledger contract.
type LedgerZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func LedgerZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (ledger *Ledger) UnpackZeroAmountError(raw []byte) (*LedgerZeroAmount, error) {
	out := new(LedgerZeroAmount)
	if err := ledger.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerZeroTraceRoot represents a ZeroTraceRoot error raised by the Ledger contract.
type LedgerZeroTraceRoot struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroTraceRoot()
func LedgerZeroTraceRootErrorID() common.Hash {
	return common.HexToHash("0x1f624f5bbfa829e40f4072304f9b06f7ea7d6e72ac3af9273e23d7a9fef52494")
}

// UnpackZeroTraceRootError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroTraceRoot()
func (ledger *Ledger) UnpackZeroTraceRootError(raw []byte) (*LedgerZeroTraceRoot, error) {
	out := new(LedgerZeroTraceRoot)
	if err := ledger.abi.UnpackIntoInterface(out, "ZeroTraceRoot", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProgramsHarnessMetaData contains all meta data concerning the ProgramsHarness contract.
var ProgramsHarnessMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"BadSlice\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"kind\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"RowLimitExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"IMPOSSIBLE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint16\",\"name\":\"kind\",\"type\":\"uint16\"},{\"internalType\":\"uint32[]\",\"name\":\"attrs\",\"type\":\"uint32[]\"},{\"internalType\":\"uint8\",\"name\":\"outputs\",\"type\":\"uint8\"},{\"components\":[{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32\",\"name\":\"firstChunk\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"chunks\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structTensorSlice[]\",\"name\":\"ins\",\"type\":\"tuple[]\"},{\"internalType\":\"uint32[]\",\"name\":\"outShape\",\"type\":\"uint32[]\"},{\"internalType\":\"uint8\",\"name\":\"slot\",\"type\":\"uint8\"},{\"internalType\":\"uint64[]\",\"name\":\"elems\",\"type\":\"uint64[]\"}],\"internalType\":\"structProgramsHarness.Case[]\",\"name\":\"cs\",\"type\":\"tuple[]\"}],\"name\":\"run\",\"outputs\":[{\"internalType\":\"uint256[][]\",\"name\":\"out\",\"type\":\"uint256[][]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "ProgramsHarness",
	Bin: "0x6080604052348015600e575f5ffd5b50612f728061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610034575f3560e01c8063e71b2a9014610038578063ea1963b414610061575b5f5ffd5b61004b610046366004612c4a565b61007b565b6040516100589190612cbb565b60405180910390f35b61006d64010000000081565b604051908152602001610058565b60608167ffffffffffffffff81111561009657610096612d47565b6040519080825280602002602001820160405280156100c957816020015b60608152602001906001900390816100b45790505b5090505f5b8281101561022a57368484838181106100e9576100e9612d5b565b90506020028101906100fb9190612d6f565b905061010a60c0820182612d8d565b905067ffffffffffffffff81111561012457610124612d47565b60405190808252806020026020018201604052801561014d578160200160208202803683370190505b5083838151811061016057610160612d5b565b60209081029190910101525f5b61017a60c0830183612d8d565b9050811015610220575f806101ca8461019660c0820182612d8d565b868181106101a6576101a6612d5b565b90506020020160208101906101bb9190612dd3565b67ffffffffffffffff16610231565b91509150806101de576401000000006101e0565b815b8686815181106101f2576101f2612d5b565b6020026020010151848151811061020b5761020b612d5b565b6020908102919091010152505060010161016d565b50506001016100ce565b5092915050565b5f806102486102436020860186612dfa565b610388565b156102e85761025d6060850160408601612e1b565b60ff1660011461027157505f905080610381565b6102df6102816020860186612dfa565b61028e6020870187612d8d565b808060200260200160405190810160405280939291908181526020018383602002808284375f920191909152506102cc925050506060880188612d8d565b6102d960808a018a612d8d565b896103f1565b91509150610381565b61037c6102f86020860186612dfa565b6103056020870187612d8d565b808060200260200160405190810160405280939291908181526020018383602002808284375f92019190915250610346925050506060880160408901612e1b565b60ff166103566060890189612d8d565b61036360808b018b612d8d565b61037360c08d0160a08e01612e1b565b60ff168b61052f565b915091505b9250929050565b5f61ffff8216600d14806103a0575061ffff8216600e145b806103af575061ffff82166014145b806103be575061ffff82166015145b806103cd575061ffff82166027145b806103dc575061ffff82166028145b806103eb575061ffff8216602a145b92915050565b5f80600d1961ffff8a16016104175761040e8888888888886107a2565b91509150610523565b61ffff8916600d148061042e575061ffff89166027145b8061043d575061ffff89166028145b156104515761040e8989898989898961090c565b60131961ffff8a160161046c5761040e8888888888886109f2565b60141961ffff8a16016104875761040e888888888888610db9565b6001861415806104975750875115155b806104e057506104a78585610fdc565b6104dd88885f8181106104bc576104bc612d5b565b90506020028101906104ce9190612e3b565b6104d89080612d8d565b610fdc565b14155b156104ef57505f905080610523565b61051c87875f81811061050457610504612d5b565b90506020028101906105169190612e3b565b8461106c565b6001915091505b97509795505050505050565b5f8060151961ffff8c160161063e5788600314158061054f575060048714155b8061055c57508951600914155b1561056b57505f905080610794565b5f5b60048110156105c6576105ae89898381811061058b5761058b612d5b565b905060200281019061059d9190612e3b565b6105a79080612d8d565b89896111f7565b6105be575f5f9250925050610794565b60010161056d565b506105cf612c0d565b5f5b6004811015610626576106078a8a838181106105ef576105ef612d5b565b90506020028101906106019190612e3b565b8661106c565b82826004811061061957610619612d5b565b60200201526001016105d1565b506106328b828761128e565b60019250925050610794565b88600114158061064f575060018714155b8061065a5750895115155b1561066957505f905080610794565b6001851415806106a6575085855f81811061068657610686612d5b565b905060200201602081019061069b9190612e4f565b63ffffffff16600114155b156106b557505f905080610794565b5f6106cb89895f8181106104bc576104bc612d5b565b905061100081111561070a5760405163dda8a30360e01b815261ffff8d1660048201526024810182905261100060448201526064015b60405180910390fd5b61ffff8c16601114801561071c575080155b1561072d575f5f9250925050610794565b5f61076461075f8b8b5f81811061074657610746612d5b565b90506020028101906107589190612e3b565b5f856114a7565b611606565b905061ffff8d16601014610789576107848161077f84611683565b611703565b61078b565b805b60019350935050505b995099975050505050505050565b5f5f5f5f6107b38a8a8a8a8a61184c565b91509150805f036107cb575f5f935093505050610901565b6110008211156108005760405163dda8a30360e01b8152600e6004820152602481018390526110006044820152606401610701565b5f5f5f61086a8c8c600181811061081957610819612d5b565b905060200281019061082b9190612e3b565b86868d8d600181811061084057610840612d5b565b90506020020160208101906108559190612e4f565b6108659063ffffffff168d612e9a565b611a6a565b92509250925082610885575f5f965096505050505050610901565b60408211156108ba576040805163dda8a30360e01b8152600e6004820152602481018490526044810191909152606401610701565b6108f58c8c83858c8f8f60018181106108d5576108d5612d5b565b90506020020160208101906108ea9190612e4f565b63ffffffff16611c2d565b60019650965050505050505b965096945050505050565b5f80600286141580610936575061ffff891660281461092b575f61092e565b60015b60ff16885114155b8061097257508686600181811061094f5761094f612d5b565b90506020028101906109619190612e3b565b61096b9080612d8d565b9050600114155b1561098157505f905080610523565b600c1961ffff8a160161099b5761040e8787878787611ca4565b60261961ffff8a16016109b55761040e8787878787611ef4565b6109e2885f815181106109ca576109ca612d5b565b602002602001015163ffffffff1688888888886120d8565b9150915097509795505050505050565b5f80851580610a0357508751600114155b80610a30575084849050885f81518110610a1f57610a1f612d5b565b602002602001015163ffffffff1610155b15610a3f57505f905080610901565b5f885f81518110610a5257610a52612d5b565b602090810291909101015163ffffffff1690505f805b88811015610b9357365f8b8b84818110610a8457610a84612d5b565b9050602002810190610a969190612e3b565b610aa09080612d8d565b9092509050888114610abc575f5f965096505050505050610901565b5f5b89811015610b4c57858114158015610b2e57508a8a82818110610ae357610ae3612d5b565b9050602002016020810190610af89190612e4f565b63ffffffff16838383818110610b1057610b10612d5b565b9050602002016020810190610b259190612e4f565b63ffffffff1614155b15610b44575f5f97509750505050505050610901565b600101610abe565b50818186818110610b5f57610b5f612d5b565b9050602002016020810190610b749190612e4f565b610b849063ffffffff1685612ead565b93505050806001019050610a68565b50868683818110610ba657610ba6612d5b565b9050602002016020810190610bbb9190612e4f565b63ffffffff168114610bd4575f5f935093505050610901565b5f610be0888885612310565b90505f610bed8284612ec0565b610bf79088612e9a565b90505f83610c05848a612e9a565b610c0f9190612ed7565b90505f5b8c8c82818110610c2557610c25612d5b565b9050602002810190610c379190612e3b565b610c419080612d8d565b87818110610c5157610c51612d5b565b9050602002016020810190610c669190612e4f565b63ffffffff168210610ce7578c8c82818110610c8457610c84612d5b565b9050602002810190610c969190612e3b565b610ca09080612d8d565b87818110610cb057610cb0612d5b565b9050602002016020810190610cc59190612e4f565b610cd59063ffffffff1683612eea565b9150610ce081612efd565b9050610c13565b5f8d8d83818110610cfa57610cfa612d5b565b9050602002810190610d0c9190612e3b565b610d169080612d8d565b88818110610d2657610d26612d5b565b9050602002016020810190610d3b9190612e4f565b63ffffffff169050610da38e8e84818110610d5857610d58612d5b565b9050602002810190610d6a9190612e3b565b610d74878d612ed7565b8786610d80868a612ec0565b610d8a9190612ead565b610d949190612ec0565b610d9e9190612ead565b61106c565b9f60019f509d5050505050505050505050505050565b5f80600186141580610dcd57508751600314155b15610ddc57505f905080610901565b365f88885f818110610df057610df0612d5b565b9050602002810190610e029190612e3b565b610e0c9080612d8d565b915091505f8a5f81518110610e2357610e23612d5b565b602002602001015163ffffffff1690505f8b600181518110610e4757610e47612d5b565b602002602001015163ffffffff1690505f8c600281518110610e6b57610e6b612d5b565b602002602001015163ffffffff1690508484905083101580610e8d5750838914155b80610e9757508181105b80610ecd5750848484818110610eaf57610eaf612d5b565b9050602002016020810190610ec49190612e4f565b63ffffffff1681115b15610ee2575f5f965096505050505050610901565b5f5b89811015610f7a57838114610f2557858582818110610f0557610f05612d5b565b9050602002016020810190610f1a9190612e4f565b63ffffffff16610f2f565b610f2f8383612eea565b8b8b83818110610f4157610f41612d5b565b9050602002016020810190610f569190612e4f565b63ffffffff1614610f72575f5f97509750505050505050610901565b600101610ee4565b506108f58c8c5f818110610f9057610f90612d5b565b9050602002810190610fa29190612e3b565b610d9e8c8c87878b8b8b818110610fbb57610fbb612d5b565b9050602002016020810190610fd09190612e4f565b63ffffffff168f612371565b5f600482111561101e576040516351a6cb4960e01b815260206004820152600c60248201526b1c985b9ac818589bdd99480d60a21b6044820152606401610701565b5060015f5b8281101561022a5783838281811061103d5761103d612d5b565b90506020020160208101906110529190612e4f565b6110629063ffffffff1683612ec0565b9150600101611023565b5f80604061107f85820160208701612e4f565b63ffffffff1661108f9190612ec0565b9050808310806110cb57506110a76040850185612f15565b90506110b38285612eea565b6110be906004612ec0565b6110c9906004612ead565b115b15611119576040516351a6cb4960e01b815260206004820152601960248201527f656c656d656e74206f7574736964652074686520736c696365000000000000006044820152606401610701565b5f6111248285612eea565b61112f906004612ec0565b9050365f6111406040880188612f15565b909250905060188282611154866003612ead565b81811061116357611163612d5b565b919091013560f81c90911b90506010838361117f876002612ead565b81811061118e5761118e612d5b565b919091013560f81c90911b9050600884846111aa886001612ead565b8181106111b9576111b9612d5b565b919091013560f81c90911b90508484878181106111d8576111d8612d5b565b9050013560f81c60f81b60f81c60ff1617171794505050505092915050565b5f83821461120657505f611286565b5f5b848110156112805783838281811061122257611222612d5b565b90506020020160208101906112379190612e4f565b63ffffffff1686868381811061124f5761124f612d5b565b90506020020160208101906112649190612e4f565b63ffffffff1614611278575f915050611286565b600101611208565b50600190505b949350505050565b5f5f6113106112d4866001815181106112a9576112a9612d5b565b602002602001015163ffffffff16866002600481106112ca576112ca612d5b565b602002015161241e565b61130b876004815181106112ea576112ea612d5b565b602002602001015163ffffffff16876001600481106112ca576112ca612d5b565b612523565b9050826001036113215790506114a0565b5f61139e61135c8760028151811061133b5761133b612d5b565b602002602001015163ffffffff16876003600481106112ca576112ca612d5b565b61130b6113968960058151811061137557611375612d5b565b602002602001015163ffffffff16896001600481106112ca576112ca612d5b565b8860016112ca565b9050836002036113b15791506114a09050565b5f6114276113df84896006815181106113cc576113cc612d5b565b602002602001015163ffffffff1661241e565b61077f6114016113fc868c6007815181106113cc576113cc612d5b565b6126d1565b8a60038151811061141457611414612d5b565b602002602001015163ffffffff16612523565b905061149a865f6020020151611495895f8151811061144857611448612d5b565b602002602001015163ffffffff166114908561130b8d60088151811061147057611470612d5b565b602002602001015163ffffffff168d5f600481106112ca576112ca612d5b565b61241e565b61279d565b93505050505b9392505050565b60605f60406114bb86820160208801612e4f565b63ffffffff166114cb9190612ec0565b90508084108061150757506114e36040860186612f15565b9050836114f08387612eea565b6114fa9190612ead565b611505906004612ec0565b115b1561154d576040516351a6cb4960e01b8152602060048201526015602482015274726f77206f7574736964652074686520736c69636560581b6044820152606401610701565b8267ffffffffffffffff81111561156657611566612d47565b60405190808252806020026020018201604052801561158f578160200160208202803683370190505b509150365f6115a16040880188612f15565b915091506004838703028201602085015f5b878110156115f9576004810283013560e01c8060181c61ff008260081c161761ff00821660081b60ff831660181b171790508060208302840152506001810190506115b3565b5050505050509392505050565b5f61160f612c2b565b82515f5b818110156116795761165783826007166008811061163357611633612d5b565b602002015186838151811061164a5761164a612d5b565b6020026020010151612523565b83826007166008811061166c5761166c612d5b565b6020020152600101611613565b50611286826127ae565b5f815f0361169257505f919050565b5f82818112156116af57638000000091506116ac84612f58565b90505b5f5b6116bc816001612ead565b82901c156116d4576116cd81612efd565b90506116b1565b6116df816017612eea565b82901b627fffff1660176116f483607f612ead565b901b8417179350505050919050565b5f637fffffff838116908316838518638000000016637f80000083118061172d5750637f80000082115b1561174157637fc0000093505050506103eb565b637f800000830361177357637f800000821461176357637f8000008117611769565b637fc000005b93505050506103eb565b637f80000082036117885792506103eb915050565b815f036117a157821561176357637f8000008117611769565b825f036117b25792506103eb915050565b627fffff8084169390831692601791821c911c5f8290036117d657600191506117df565b62800000851794505b805f036117ee575060016117f7565b62800000841793505b604085901b5f85828161180c5761180c612e72565b049050600181901b86838161182357611823612e72565b061561182d576001175b61183d866041868803038361282b565b9b9a5050505050505050505050565b5f80600285108061185f57508651600114155b1561186e57505f905080611a60565b365f87875f81811061188257611882612d5b565b90506020028101906118949190612e3b565b61189e9080612d8d565b91509150365f898960018181106118b7576118b7612d5b565b90506020028101906118c99190612e3b565b6118d39080612d8d565b915091508a5f815181106118e9576118e9612d5b565b602002602001015163ffffffff16945083839050600214158061190d575060018114155b80611970575083835f81811061192557611925612d5b565b905060200201602081019061193a9190612e4f565b63ffffffff1682825f81811061195257611952612d5b565b90506020020160208101906119679190612e4f565b63ffffffff1614155b8061197c575060028714155b806119b357508488885f81811061199557611995612d5b565b90506020020160208101906119aa9190612e4f565b63ffffffff1614155b80611a185750838360018181106119cc576119cc612d5b565b90506020020160208101906119e19190612e4f565b63ffffffff16888860018181106119fa576119fa612d5b565b9050602002016020810190611a0f9190612e4f565b63ffffffff1614155b15611a2c575f5f9550955050505050611a60565b83835f818110611a3e57611a3e612d5b565b9050602002016020810190611a539190612e4f565b63ffffffff169550505050505b9550959350505050565b5f806060611a7e6040880160208901612e4f565b63ffffffff16151580611aa85750611a97866004612ec0565b611aa46040890189612f15565b9050105b15611ae6576040516351a6cb4960e01b815260206004820152600d60248201526c696473206e6f742077686f6c6560981b6044820152606401610701565b365f611af560408a018a612f15565b604080518181526108208101825292945090925090816020820161080080368337019050509350611b9e565b5f5f637fffffff8316611b3657506001610381565b8260171c609e8111607f82101715611b4e5750610381565b627fffff84166280000017609682108015611b875782609603600180821b03831615611b7d5750505050610381565b82901c9450611b90565b81609684031b94505b509295948610949350505050565b60019550602084015f5b8a811015611c1e576004810285013560e01c8060181c61ff008260081c161761ff00821660081b60ff831660181b17179050611be48b82611b21565b915081611bf5575f99505050611c1e565b8a8103611c145784891015611c0d578260208a028501525b6001890198505b5050600101611ba8565b50505050509450945094915050565b5f80805b85811015611c98575f611c7e8a8a85611c4a898b612ed7565b898d8881518110611c5d57611c5d612d5b565b6020026020010151611c6f9190612ec0565b611c799190612ead565b6128e9565b9093509050611c8d8482612523565b935050600101611c31565b50509695505050505050565b5f5f365f88885f818110611cba57611cba612d5b565b9050602002810190611ccc9190612e3b565b611cd69080612d8d565b9092509050600281141580611cec575060028614155b80611d7c575088886001818110611d0557611d05612d5b565b9050602002810190611d179190612e3b565b611d219080612d8d565b5f818110611d3157611d31612d5b565b9050602002016020810190611d469190612e4f565b63ffffffff1687875f818110611d5e57611d5e612d5b565b9050602002016020810190611d739190612e4f565b63ffffffff1614155b80611de1575081816001818110611d9557611d95612d5b565b9050602002016020810190611daa9190612e4f565b63ffffffff1687876001818110611dc357611dc3612d5b565b9050602002016020810190611dd89190612e4f565b63ffffffff1614155b15611df3575f5f935093505050611a60565b5f82826001818110611e0757611e07612d5b565b9050602002016020810190611e1c9190612e4f565b63ffffffff1690505f5f611e8d611e5b8d8d6001818110611e3f57611e3f612d5b565b9050602002810190611e519190612e3b565b610d9e868c612e9a565b86865f818110611e6d57611e6d612d5b565b9050602002016020810190611e829190612e4f565b63ffffffff166129c9565b9150915081611ea6575f5f965096505050505050611a60565b611ee18c8c5f818110611ebb57611ebb612d5b565b9050602002810190611ecd9190612e3b565b611ed7858b612ed7565b610d948685612ec0565b9c60019c509a5050505050505050505050565b5f5f365f88885f818110611f0a57611f0a612d5b565b9050602002810190611f1c9190612e3b565b611f269080612d8d565b915091505f89896001818110611f3e57611f3e612d5b565b9050602002810190611f509190612e3b565b611f5a9080612d8d565b5f818110611f6a57611f6a612d5b565b9050602002016020810190611f7f9190612e4f565b63ffffffff169050600282141580611fc357508083835f818110611fa557611fa5612d5b565b9050602002016020810190611fba9190612e4f565b63ffffffff1614155b80611fcf575060018714155b8061200657508088885f818110611fe857611fe8612d5b565b9050602002016020810190611ffd9190612e4f565b63ffffffff1614155b15612019575f5f94509450505050611a60565b5f5f61205f61204c8d8d600181811061203457612034612d5b565b90506020028101906120469190612e3b565b8a61106c565b86866001818110611e6d57611e6d612d5b565b9150915081612078575f5f965096505050505050611a60565b611ee18c8c5f81811061208d5761208d612d5b565b905060200281019061209f9190612e3b565b82878760018181106120b3576120b3612d5b565b90506020020160208101906120c89190612e4f565b610d949063ffffffff168c612ec0565b5f5f5f878760018181106120ee576120ee612d5b565b90506020028101906121009190612e3b565b61210a9080612d8d565b5f81811061211a5761211a612d5b565b905060200201602081019061212f9190612e4f565b63ffffffff169050881580612174575087875f81811061215157612151612d5b565b90506020028101906121639190612e3b565b61216d9080612d8d565b9050600114155b806121d757508088885f81811061218d5761218d612d5b565b905060200281019061219f9190612e3b565b6121a99080612d8d565b5f8181106121b9576121b9612d5b565b90506020020160208101906121ce9190612e4f565b63ffffffff1614155b806121e3575060028514155b8061221a57508086865f8181106121fc576121fc612d5b565b90506020020160208101906122119190612e4f565b63ffffffff1614155b806122525750888686600181811061223457612234612d5b565b90506020020160208101906122499190612e4f565b63ffffffff1614155b15612263575f5f9250925050610901565b5f5f6122a061229a8b8b600181811061227e5761227e612d5b565b90506020028101906122909190612e3b565b610d9e8e8a612e9a565b8c6129c9565b91509150816122b7575f5f94509450505050610901565b806122c28c88612ed7565b146122cd575f6122fe565b6122fe8a8a5f8181106122e2576122e2612d5b565b90506020028101906122f49190612e3b565b610d9e8d89612e9a565b9b60019b509950505050505050505050565b60015f61231d8383612ead565b90505b838110156123695784848281811061233a5761233a612d5b565b905060200201602081019061234f9190612e4f565b61235f9063ffffffff1683612ec0565b9150600101612320565b509392505050565b5f5f61237e888888612310565b90505f88888881811061239357612393612d5b565b90506020020160208101906123a89190612e4f565b63ffffffff1690505f6123bb8383612ec0565b6123c59086612e9a565b90505f826123d38588612e9a565b6123dd9190612ed7565b90506123e98487612ed7565b84828a6123f68b87612ec0565b6124009190612ead565b61240a9190612ead565b6124149190612ec0565b61183d9190612ead565b5f637fffffff838116908316838518638000000016637f8000008311806124485750637f80000082115b1561245c57637fc0000093505050506103eb565b637f8000008314806124715750637f80000082145b156124a557821580612481575081155b1561249557637fc0000093505050506103eb565b637f8000001792506103eb915050565b8215806124b0575081155b156124bf5792506103eb915050565b627fffff8084169390831692601791821c911c5f8290036124e357600191506124ec565b62800000851794505b805f036124fb57506001612504565b62800000841793505b6125178361012c8385010386880261282b565b98975050505050505050565b5f637fffffff838116908316637f800000821015806125465750637f8000008110155b156125bb57637f8000008211806125605750637f80000081115b1561257357637fc00000925050506103eb565b637f800000821480156125895750637f80000081145b156125aa5783851461259f57637fc000006125a1565b845b925050506103eb565b637f800000821461259f57836125a1565b805f036125d95781156125ce57846125a1565b5050508181166103eb565b815f036125ea5783925050506103eb565b808210156125f757929392905b627fffff8083169290821691601791821c911c5f82900361261b5760019150612624565b62800000841793505b805f036126335750600161263c565b62800000831792505b600893841b939290921b91808203602881111561265c576001935061267d565b801561267d5783811c935f196001831b0116801561267b576001851794505b505b5f6380000000888a18165f0361269657508484016126b0565b8486039050805f036126b0575f96505050505050506103eb565b6126c463800000008a16609e86038361282b565b9998505050505050505050565b5f637fffffff8216637f8000008111156126f15750637fc0000092915050565b805f036126ff575090919050565b63800000008316156127175750637fc0000092915050565b637f8000008103612729575090919050565b627fffff81169060171c5f8190036127435750600161274c565b62800000821791505b609519810160018116156127655760019290921b915f19015b606483901b5f61277482612aae565b9050600181901b8180028314612788576001175b6125175f60016002606319880105038361282b565b5f6114a08363800000008418612523565b80515f9081906127c6908460045b6020020151612523565b90505f6127dc84600160200201518560056127bc565b90505f6127f285600260200201518660066127bc565b90505f61280886600360200201518760076127bc565b90506128216128178584612523565b61130b8584612523565b9695505050505050565b5f5f61283683612b27565b90506017198482010160941981121561284e57506094195b5f858213612862575080850384901b6128b6565b85820360a0811115612876575f91506128b4565b85811c91505f19600180831b820188169183011b808211806128a5575080821480156128a55750836001166001145b156128b1576001840193505b50505b505b6095820160171b8101637f80000081106128dc57637f80000088179450505050506114a0565b9096179695505050505050565b5f5f5b61291886868681811061290157612901612d5b565b90506020028101906129139190612e3b565b612bc7565b831061298e5783156129345761292f846001612ead565b612937565b60025b9350848410612989576040516351a6cb4960e01b815260206004820152601d60248201527f647920656c656d656e74206f7574736964652074686520736c696365730000006044820152606401610701565b6128ec565b836129bc8787878181106129a4576129a4612d5b565b90506020028101906129b69190612e3b565b8561106c565b9150915094509492505050565b5f80637fffffff84168082036129e65760015f9250925050610381565b638000000085161515806129fe5750637f8000008110155b15612a0f575f5f9250925050610381565b601781901c607f811080612a235750609e81115b15612a35575f5f935093505050610381565b62800000627fffff8316175f60968310612a5e57612a54609684612eea565b82901b9050612aa0565b6001612a6b846096612eea565b6001901b612a799190612eea565b821615612a8f575f5f9550955050505050610381565b612a9a836096612eea565b82901c90505b958610979596505050505050565b5f815f03612abd57505f919050565b6002612ac883612b27565b60010181612ad857612ad8612e72565b046001901b90505f6001828481612af157612af1612e72565b048301901c90505b81811015612b21578091506001828481612b1557612b15612e72565b048301901c9050612af9565b50919050565b5f608082901c15612b3a57608091821c91015b604082901c15612b4c57604091821c91015b602082901c15612b5e57602091821c91015b601082901c15612b7057601091821c91015b600882901c15612b8257600891821c91015b600482901c15612b9457600491821c91015b600282901c15612ba657600291821c91015b600182901c15612bb857600191821c91015b8115612bc2576001015b919050565b5f6004612bd76040840184612f15565b612be2929150612e9a565b6040612bf384820160208601612e4f565b63ffffffff16612c039190612ec0565b6103eb9190612ead565b60405180608001604052806004906020820280368337509192915050565b6040518061010001604052806008906020820280368337509192915050565b5f5f60208385031215612c5b575f5ffd5b823567ffffffffffffffff811115612c71575f5ffd5b8301601f81018513612c81575f5ffd5b803567ffffffffffffffff811115612c97575f5ffd5b8560208260051b8401011115612cab575f5ffd5b6020919091019590945092505050565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b82811015612d3b57868503603f19018452815180518087526020918201918701905f5b81811015612d22578351835260209384019390920191600101612d04565b5090965050506020938401939190910190600101612ce1565b50929695505050505050565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b5f823560de19833603018112612d83575f5ffd5b9190910192915050565b5f5f8335601e19843603018112612da2575f5ffd5b83018035915067ffffffffffffffff821115612dbc575f5ffd5b6020019150600581901b3603821315610381575f5ffd5b5f60208284031215612de3575f5ffd5b813567ffffffffffffffff811681146114a0575f5ffd5b5f60208284031215612e0a575f5ffd5b813561ffff811681146114a0575f5ffd5b5f60208284031215612e2b575f5ffd5b813560ff811681146114a0575f5ffd5b5f8235607e19833603018112612d83575f5ffd5b5f60208284031215612e5f575f5ffd5b813563ffffffff811681146114a0575f5ffd5b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b5f82612ea857612ea8612e72565b500490565b808201808211156103eb576103eb612e86565b80820281158282048414176103eb576103eb612e86565b5f82612ee557612ee5612e72565b500690565b818103818111156103eb576103eb612e86565b5f60018201612f0e57612f0e612e86565b5060010190565b5f5f8335601e19843603018112612f2a575f5ffd5b83018035915067ffffffffffffffff821115612f44575f5ffd5b602001915036819003821315610381575f5ffd5b5f600160ff1b8201612f6c57612f6c612e86565b505f039056",
}

// ProgramsHarness is an auto generated Go binding around an Ethereum contract.
type ProgramsHarness struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ProgramsHarness) GetABI() abi.ABI {
	return c.abi
}

// NewProgramsHarness creates a new instance of ProgramsHarness.
func NewProgramsHarness() *ProgramsHarness {
	parsed, err := ProgramsHarnessMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ProgramsHarness{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ProgramsHarness) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackIMPOSSIBLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea1963b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function IMPOSSIBLE() view returns(uint256)
func (programsHarness *ProgramsHarness) PackIMPOSSIBLE() []byte {
	enc, err := programsHarness.abi.Pack("IMPOSSIBLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIMPOSSIBLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea1963b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function IMPOSSIBLE() view returns(uint256)
func (programsHarness *ProgramsHarness) TryPackIMPOSSIBLE() ([]byte, error) {
	return programsHarness.abi.Pack("IMPOSSIBLE")
}

// UnpackIMPOSSIBLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xea1963b4.
//
// Solidity: function IMPOSSIBLE() view returns(uint256)
func (programsHarness *ProgramsHarness) UnpackIMPOSSIBLE(data []byte) (*big.Int, error) {
	out, err := programsHarness.abi.Unpack("IMPOSSIBLE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRun is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe71b2a90.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function run((uint16,uint32[],uint8,(uint32[],uint32,bytes,bytes32[])[],uint32[],uint8,uint64[])[] cs) pure returns(uint256[][] out)
func (programsHarness *ProgramsHarness) PackRun(cs []ProgramsHarnessCase) []byte {
	enc, err := programsHarness.abi.Pack("run", cs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRun is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe71b2a90.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function run((uint16,uint32[],uint8,(uint32[],uint32,bytes,bytes32[])[],uint32[],uint8,uint64[])[] cs) pure returns(uint256[][] out)
func (programsHarness *ProgramsHarness) TryPackRun(cs []ProgramsHarnessCase) ([]byte, error) {
	return programsHarness.abi.Pack("run", cs)
}

// UnpackRun is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe71b2a90.
//
// Solidity: function run((uint16,uint32[],uint8,(uint32[],uint32,bytes,bytes32[])[],uint32[],uint8,uint64[])[] cs) pure returns(uint256[][] out)
func (programsHarness *ProgramsHarness) UnpackRun(data []byte) ([][]*big.Int, error) {
	out, err := programsHarness.abi.Unpack("run", data)
	if err != nil {
		return *new([][]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([][]*big.Int)).(*[][]*big.Int)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (programsHarness *ProgramsHarness) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], programsHarness.abi.Errors["BadSlice"].ID.Bytes()[:4]) {
		return programsHarness.UnpackBadSliceError(raw[4:])
	}
	if bytes.Equal(raw[:4], programsHarness.abi.Errors["RowLimitExceeded"].ID.Bytes()[:4]) {
		return programsHarness.UnpackRowLimitExceededError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ProgramsHarnessBadSlice represents a BadSlice error raised by the ProgramsHarness contract.
type ProgramsHarnessBadSlice struct {
	Why string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSlice(string why)
func ProgramsHarnessBadSliceErrorID() common.Hash {
	return common.HexToHash("0x51a6cb492abb55c1f2f0891af76bce54b9f0c9831c44982d0809a8c8db05ac7d")
}

// UnpackBadSliceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSlice(string why)
func (programsHarness *ProgramsHarness) UnpackBadSliceError(raw []byte) (*ProgramsHarnessBadSlice, error) {
	out := new(ProgramsHarnessBadSlice)
	if err := programsHarness.abi.UnpackIntoInterface(out, "BadSlice", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProgramsHarnessRowLimitExceeded represents a RowLimitExceeded error raised by the ProgramsHarness contract.
type ProgramsHarnessRowLimitExceeded struct {
	Kind   uint16
	Length *big.Int
	Limit  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RowLimitExceeded(uint16 kind, uint256 length, uint256 limit)
func ProgramsHarnessRowLimitExceededErrorID() common.Hash {
	return common.HexToHash("0xdda8a303a4315fe00008980e157a2c848cf7664ef5b4ab2ef5710c5169e14abf")
}

// UnpackRowLimitExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RowLimitExceeded(uint16 kind, uint256 length, uint256 limit)
func (programsHarness *ProgramsHarness) UnpackRowLimitExceededError(raw []byte) (*ProgramsHarnessRowLimitExceeded, error) {
	out := new(ProgramsHarnessRowLimitExceeded)
	if err := programsHarness.abi.UnpackIntoInterface(out, "RowLimitExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReduceRefereeMetaData contains all meta data concerning the ReduceReferee contract.
var ReduceRefereeMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"BadRecord\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"BadSlice\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"kind\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"RowLimitExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"kind\",\"type\":\"uint16\"}],\"name\":\"UnsupportedKind\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"IMPOSSIBLE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"},{\"components\":[{\"components\":[{\"internalType\":\"bytes\",\"name\":\"record\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion\",\"name\":\"inStep\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion\",\"name\":\"inTrace\",\"type\":\"tuple\"}],\"internalType\":\"structRecordProof\",\"name\":\"target\",\"type\":\"tuple\"},{\"internalType\":\"bytes[]\",\"name\":\"producers\",\"type\":\"bytes[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion[]\",\"name\":\"producerProofs\",\"type\":\"tuple[]\"},{\"internalType\":\"uint8\",\"name\":\"slot\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"element\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32\",\"name\":\"firstChunk\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"chunks\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structTensorSlice\",\"name\":\"output\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32\",\"name\":\"firstChunk\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"chunks\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structTensorSlice[]\",\"name\":\"inputs\",\"type\":\"tuple[]\"}],\"internalType\":\"structElementProof\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"compute\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "ReduceReferee",
	Bin: "0x6080604052348015600e575f5ffd5b506119d08061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610034575f3560e01c8063e6f852e614610038578063ea1963b41461005d575b5f5ffd5b61004b61004636600461179b565b610069565b60405190815260200160405180910390f35b61004b64010000000081565b5f8061008761007884806117e5565b6100829080611803565b6100c6565b90505f5f6100a4836020015184604001518560800151518861054a565b91509150806100b8576401000000006100ba565b815b93505050505b92915050565b6040805160a0810182525f8082526020820152606091810182905281810182905260808101919091525f600983101561012f57604051631452bbb160e31b81526020600482015260056024820152641cda1bdc9d60da1b60448201526064015b60405180910390fd5b600184845f816101415761014161184d565b9050013560f81c60f81b60f81c60ff161461018957604051631452bbb160e31b81526020600482015260076024820152663b32b939b4b7b760c91b6044820152606401610126565b50600161019984848360046105cb565b63ffffffff1682526101ac600482611875565b90506101bb84848360026105cb565b61ffff1660208301526101cf600282611875565b90505f6101df85858460016105cb565b90506101ec600183611875565b91508067ffffffffffffffff81111561020757610207611888565b604051908082528060200260200182016040528015610230578160200160208202803683370190505b5060408401525f5b8181101561028d5761024d86868560046105cb565b846040015182815181106102635761026361184d565b63ffffffff90921660209283029190910190910152610283600484611875565b9250600101610238565b5061029b85858460016105cb565b90506102a8600183611875565b91508067ffffffffffffffff8111156102c3576102c3611888565b60405190808252806020026020018201604052801561031a57816020015b6040805160a0810182525f808252602080830182905292820181905260608201819052608082015282525f199092019101816102e15790505b5060608401525f5b8181101561044a575f846060015182815181106103415761034161184d565b6020026020010151905061035887878660016105cb565b60ff168152610368600185611875565b815190945060ff165f036103bf5761038387878660046105cb565b63ffffffff1660208201526103a5878761039e876004611875565b60016105cb565b60ff1660408201526103b8600585611875565b9350610422565b805160ff166001036103e8576103d887878660206105cb565b60608201526103b8602085611875565b604051631452bbb160e31b815260206004820152600e60248201526d1c9959995c995b98d9481ada5b9960921b6044820152606401610126565b61042f87878660206105cb565b608082015261043f602085611875565b935050600101610322565b5061045885858460016105cb565b9050610465600183611875565b91508067ffffffffffffffff81111561048057610480611888565b6040519080825280602002602001820160405280156104a9578160200160208202803683370190505b5060808401525f5b81811015610500576104c686868560206105cb565b60808501518051839081106104dd576104dd61184d565b6020026020010181815250506020836104f69190611875565b92506001016104b1565b5081841461054257604051631452bbb160e31b815260206004820152600e60248201526d747261696c696e6720627974657360901b6044820152606401610126565b505092915050565b5f5f61055586610629565b6105625761056286610655565b6105be86868661057560c088018861189c565b61058260a08a018a6118e2565b61058c908061189c565b61059c60808c0160608d016118f6565b60ff166105af60a08d0160808e01611916565b67ffffffffffffffff16610674565b9150915094509492505050565b5f836105d78385611875565b111561061257604051631452bbb160e31b81526020600482015260096024820152681d1c9d5b98d85d195960ba1b6044820152606401610126565b8285013560088302610100031c9050949350505050565b5f61ffff821660101480610641575061ffff82166011145b806100c0575061ffff821660161492915050565b6040516315b2ed9960e01b815261ffff82166004820152602401610126565b5f8060151961ffff8c160161078357886003141580610694575060048714155b806106a157508951600914155b156106b057505f9050806108f5565b5f5b600481101561070b576106f38989838181106106d0576106d061184d565b90506020028101906106e291906118e2565b6106ec908061189c565b8989610903565b610703575f5f92509250506108f5565b6001016106b2565b5061071461175e565b5f5b600481101561076b5761074c8a8a838181106107345761073461184d565b905060200281019061074691906118e2565b8661099a565b82826004811061075e5761075e61184d565b6020020152600101610716565b506107778b8287610b25565b600192509250506108f5565b886001141580610794575060018714155b8061079f5750895115155b156107ae57505f9050806108f5565b6001851415806107eb575085855f8181106107cb576107cb61184d565b90506020020160208101906107e0919061193d565b63ffffffff16600114155b156107fa57505f9050806108f5565b5f61083189895f8181106108105761081061184d565b905060200281019061082291906118e2565b61082c908061189c565b610d3e565b905061100081111561086b5760405163dda8a30360e01b815261ffff8d166004820152602481018290526110006044820152606401610126565b61ffff8c16601114801561087d575080155b1561088e575f5f92509250506108f5565b5f6108c56108c08b8b5f8181106108a7576108a761184d565b90506020028101906108b991906118e2565b5f85610dd5565b610f34565b905061ffff8d166010146108ea576108e5816108e084610fb1565b611031565b6108ec565b805b60019350935050505b995099975050505050505050565b5f83821461091257505f610992565b5f5b8481101561098c5783838281811061092e5761092e61184d565b9050602002016020810190610943919061193d565b63ffffffff1686868381811061095b5761095b61184d565b9050602002016020810190610970919061193d565b63ffffffff1614610984575f915050610992565b600101610914565b50600190505b949350505050565b5f8060406109ad8582016020870161193d565b63ffffffff166109bd9190611960565b9050808310806109f957506109d56040850185611803565b90506109e18285611977565b6109ec906004611960565b6109f7906004611875565b115b15610a47576040516351a6cb4960e01b815260206004820152601960248201527f656c656d656e74206f7574736964652074686520736c696365000000000000006044820152606401610126565b5f610a528285611977565b610a5d906004611960565b9050365f610a6e6040880188611803565b909250905060188282610a82866003611875565b818110610a9157610a9161184d565b919091013560f81c90911b905060108383610aad876002611875565b818110610abc57610abc61184d565b919091013560f81c90911b905060088484610ad8886001611875565b818110610ae757610ae761184d565b919091013560f81c90911b9050848487818110610b0657610b0661184d565b9050013560f81c60f81b60f81c60ff1617171794505050505092915050565b5f5f610ba7610b6b86600181518110610b4057610b4061184d565b602002602001015163ffffffff1686600260048110610b6157610b6161184d565b602002015161117a565b610ba287600481518110610b8157610b8161184d565b602002602001015163ffffffff1687600160048110610b6157610b6161184d565b61127f565b905082600103610bb8579050610d37565b5f610c35610bf387600281518110610bd257610bd261184d565b602002602001015163ffffffff1687600360048110610b6157610b6161184d565b610ba2610c2d89600581518110610c0c57610c0c61184d565b602002602001015163ffffffff1689600160048110610b6157610b6161184d565b886001610b61565b905083600203610c48579150610d379050565b5f610cbe610c768489600681518110610c6357610c6361184d565b602002602001015163ffffffff1661117a565b6108e0610c98610c93868c600781518110610c6357610c6361184d565b61142d565b8a600381518110610cab57610cab61184d565b602002602001015163ffffffff1661127f565b9050610d31865f6020020151610d2c895f81518110610cdf57610cdf61184d565b602002602001015163ffffffff16610d2785610ba28d600881518110610d0757610d0761184d565b602002602001015163ffffffff168d5f60048110610b6157610b6161184d565b61117a565b6114f9565b93505050505b9392505050565b5f6004821115610d80576040516351a6cb4960e01b815260206004820152600c60248201526b1c985b9ac818589bdd99480d60a21b6044820152606401610126565b5060015f5b82811015610dce57838382818110610d9f57610d9f61184d565b9050602002016020810190610db4919061193d565b610dc49063ffffffff1683611960565b9150600101610d85565b5092915050565b60605f6040610de98682016020880161193d565b63ffffffff16610df99190611960565b905080841080610e355750610e116040860186611803565b905083610e1e8387611977565b610e289190611875565b610e33906004611960565b115b15610e7b576040516351a6cb4960e01b8152602060048201526015602482015274726f77206f7574736964652074686520736c69636560581b6044820152606401610126565b8267ffffffffffffffff811115610e9457610e94611888565b604051908082528060200260200182016040528015610ebd578160200160208202803683370190505b509150365f610ecf6040880188611803565b915091506004838703028201602085015f5b87811015610f27576004810283013560e01c8060181c61ff008260081c161761ff00821660081b60ff831660181b17179050806020830284015250600181019050610ee1565b5050505050509392505050565b5f610f3d61177c565b82515f5b81811015610fa757610f85838260071660088110610f6157610f6161184d565b6020020151868381518110610f7857610f7861184d565b602002602001015161127f565b838260071660088110610f9a57610f9a61184d565b6020020152600101610f41565b506109928261150a565b5f815f03610fc057505f919050565b5f8281811215610fdd5763800000009150610fda8461198a565b90505b5f5b610fea816001611875565b82901c1561100257610ffb816119a4565b9050610fdf565b61100d816017611977565b82901b627fffff16601761102283607f611875565b901b8417179350505050919050565b5f637fffffff838116908316838518638000000016637f80000083118061105b5750637f80000082115b1561106f57637fc0000093505050506100c0565b637f80000083036110a157637f800000821461109157637f8000008117611097565b637fc000005b93505050506100c0565b637f80000082036110b65792506100c0915050565b815f036110cf57821561109157637f8000008117611097565b825f036110e05792506100c0915050565b627fffff8084169390831692601791821c911c5f829003611104576001915061110d565b62800000851794505b805f0361111c57506001611125565b62800000841793505b604085901b5f85828161113a5761113a6119bc565b049050600181901b868381611151576111516119bc565b061561115b576001175b61116b8660418688030383611587565b9b9a5050505050505050505050565b5f637fffffff838116908316838518638000000016637f8000008311806111a45750637f80000082115b156111b857637fc0000093505050506100c0565b637f8000008314806111cd5750637f80000082145b15611201578215806111dd575081155b156111f157637fc0000093505050506100c0565b637f8000001792506100c0915050565b82158061120c575081155b1561121b5792506100c0915050565b627fffff8084169390831692601791821c911c5f82900361123f5760019150611248565b62800000851794505b805f0361125757506001611260565b62800000841793505b6112738361012c83850103868802611587565b98975050505050505050565b5f637fffffff838116908316637f800000821015806112a25750637f8000008110155b1561131757637f8000008211806112bc5750637f80000081115b156112cf57637fc00000925050506100c0565b637f800000821480156112e55750637f80000081145b15611306578385146112fb57637fc000006112fd565b845b925050506100c0565b637f80000082146112fb57836112fd565b805f0361133557811561132a57846112fd565b5050508181166100c0565b815f036113465783925050506100c0565b8082101561135357929392905b627fffff8083169290821691601791821c911c5f8290036113775760019150611380565b62800000841793505b805f0361138f57506001611398565b62800000831792505b600893841b939290921b9180820360288111156113b857600193506113d9565b80156113d95783811c935f196001831b011680156113d7576001851794505b505b5f6380000000888a18165f036113f2575084840161140c565b8486039050805f0361140c575f96505050505050506100c0565b61142063800000008a16609e860383611587565b9998505050505050505050565b5f637fffffff8216637f80000081111561144d5750637fc0000092915050565b805f0361145b575090919050565b63800000008316156114735750637fc0000092915050565b637f8000008103611485575090919050565b627fffff81169060171c5f81900361149f575060016114a8565b62800000821791505b609519810160018116156114c15760019290921b915f19015b606483901b5f6114d082611645565b9050600181901b81800283146114e4576001175b6112735f600160026063198801050383611587565b5f610d37836380000000841861127f565b80515f908190611522908460045b602002015161127f565b90505f6115388460016020020151856005611518565b90505f61154e8560026020020151866006611518565b90505f6115648660036020020151876007611518565b905061157d611573858461127f565b610ba2858461127f565b9695505050505050565b5f5f611592836116be565b9050601719848201016094198112156115aa57506094195b5f8582136115be575080850384901b611612565b85820360a08111156115d2575f9150611610565b85811c91505f19600180831b820188169183011b80821180611601575080821480156116015750836001166001145b1561160d576001840193505b50505b505b6095820160171b8101637f800000811061163857637f8000008817945050505050610d37565b9096179695505050505050565b5f815f0361165457505f919050565b600261165f836116be565b6001018161166f5761166f6119bc565b046001901b90505f6001828481611688576116886119bc565b048301901c90505b818110156116b85780915060018284816116ac576116ac6119bc565b048301901c9050611690565b50919050565b5f608082901c156116d157608091821c91015b604082901c156116e357604091821c91015b602082901c156116f557602091821c91015b601082901c1561170757601091821c91015b600882901c1561171957600891821c91015b600482901c1561172b57600491821c91015b600282901c1561173d57600291821c91015b600182901c1561174f57600191821c91015b8115611759576001015b919050565b60405180608001604052806004906020820280368337509192915050565b6040518061010001604052806008906020820280368337509192915050565b5f5f604083850312156117ac575f5ffd5b82359150602083013567ffffffffffffffff8111156117c9575f5ffd5b830160e081860312156117da575f5ffd5b809150509250929050565b5f8235605e198336030181126117f9575f5ffd5b9190910192915050565b5f5f8335601e19843603018112611818575f5ffd5b83018035915067ffffffffffffffff821115611832575f5ffd5b602001915036819003821315611846575f5ffd5b9250929050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b808201808211156100c0576100c0611861565b634e487b7160e01b5f52604160045260245ffd5b5f5f8335601e198436030181126118b1575f5ffd5b83018035915067ffffffffffffffff8211156118cb575f5ffd5b6020019150600581901b3603821315611846575f5ffd5b5f8235607e198336030181126117f9575f5ffd5b5f60208284031215611906575f5ffd5b813560ff81168114610d37575f5ffd5b5f60208284031215611926575f5ffd5b813567ffffffffffffffff81168114610d37575f5ffd5b5f6020828403121561194d575f5ffd5b813563ffffffff81168114610d37575f5ffd5b80820281158282048414176100c0576100c0611861565b818103818111156100c0576100c0611861565b5f600160ff1b820161199e5761199e611861565b505f0390565b5f600182016119b5576119b5611861565b5060010190565b634e487b7160e01b5f52601260045260245ffd",
}

// ReduceReferee is an auto generated Go binding around an Ethereum contract.
type ReduceReferee struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ReduceReferee) GetABI() abi.ABI {
	return c.abi
}

// NewReduceReferee creates a new instance of ReduceReferee.
func NewReduceReferee() *ReduceReferee {
	parsed, err := ReduceRefereeMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ReduceReferee{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ReduceReferee) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackIMPOSSIBLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea1963b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function IMPOSSIBLE() view returns(uint256)
func (reduceReferee *ReduceReferee) PackIMPOSSIBLE() []byte {
	enc, err := reduceReferee.abi.Pack("IMPOSSIBLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIMPOSSIBLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea1963b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function IMPOSSIBLE() view returns(uint256)
func (reduceReferee *ReduceReferee) TryPackIMPOSSIBLE() ([]byte, error) {
	return reduceReferee.abi.Pack("IMPOSSIBLE")
}

// UnpackIMPOSSIBLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xea1963b4.
//
// Solidity: function IMPOSSIBLE() view returns(uint256)
func (reduceReferee *ReduceReferee) UnpackIMPOSSIBLE(data []byte) (*big.Int, error) {
	out, err := reduceReferee.abi.Unpack("IMPOSSIBLE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCompute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe6f852e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function compute(bytes32 , ((bytes,(uint32,uint32,bytes32[]),(uint32,uint32,bytes32[])),bytes[],(uint32,uint32,bytes32[])[],uint8,uint64,(uint32[],uint32,bytes,bytes32[]),(uint32[],uint32,bytes,bytes32[])[]) p) pure returns(uint256)
func (reduceReferee *ReduceReferee) PackCompute(arg0 [32]byte, p ElementProof) []byte {
	enc, err := reduceReferee.abi.Pack("compute", arg0, p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCompute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe6f852e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function compute(bytes32 , ((bytes,(uint32,uint32,bytes32[]),(uint32,uint32,bytes32[])),bytes[],(uint32,uint32,bytes32[])[],uint8,uint64,(uint32[],uint32,bytes,bytes32[]),(uint32[],uint32,bytes,bytes32[])[]) p) pure returns(uint256)
func (reduceReferee *ReduceReferee) TryPackCompute(arg0 [32]byte, p ElementProof) ([]byte, error) {
	return reduceReferee.abi.Pack("compute", arg0, p)
}

// UnpackCompute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe6f852e6.
//
// Solidity: function compute(bytes32 , ((bytes,(uint32,uint32,bytes32[]),(uint32,uint32,bytes32[])),bytes[],(uint32,uint32,bytes32[])[],uint8,uint64,(uint32[],uint32,bytes,bytes32[]),(uint32[],uint32,bytes,bytes32[])[]) p) pure returns(uint256)
func (reduceReferee *ReduceReferee) UnpackCompute(data []byte) (*big.Int, error) {
	out, err := reduceReferee.abi.Unpack("compute", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (reduceReferee *ReduceReferee) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], reduceReferee.abi.Errors["BadRecord"].ID.Bytes()[:4]) {
		return reduceReferee.UnpackBadRecordError(raw[4:])
	}
	if bytes.Equal(raw[:4], reduceReferee.abi.Errors["BadSlice"].ID.Bytes()[:4]) {
		return reduceReferee.UnpackBadSliceError(raw[4:])
	}
	if bytes.Equal(raw[:4], reduceReferee.abi.Errors["RowLimitExceeded"].ID.Bytes()[:4]) {
		return reduceReferee.UnpackRowLimitExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], reduceReferee.abi.Errors["UnsupportedKind"].ID.Bytes()[:4]) {
		return reduceReferee.UnpackUnsupportedKindError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ReduceRefereeBadRecord represents a BadRecord error raised by the ReduceReferee contract.
type ReduceRefereeBadRecord struct {
	Why string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadRecord(string why)
func ReduceRefereeBadRecordErrorID() common.Hash {
	return common.HexToHash("0xa295dd88c48a1becabd9063fed5e9fccfa802c93c4b175bfa14d241fd23368ca")
}

// UnpackBadRecordError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadRecord(string why)
func (reduceReferee *ReduceReferee) UnpackBadRecordError(raw []byte) (*ReduceRefereeBadRecord, error) {
	out := new(ReduceRefereeBadRecord)
	if err := reduceReferee.abi.UnpackIntoInterface(out, "BadRecord", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReduceRefereeBadSlice represents a BadSlice error raised by the ReduceReferee contract.
type ReduceRefereeBadSlice struct {
	Why string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSlice(string why)
func ReduceRefereeBadSliceErrorID() common.Hash {
	return common.HexToHash("0x51a6cb492abb55c1f2f0891af76bce54b9f0c9831c44982d0809a8c8db05ac7d")
}

// UnpackBadSliceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSlice(string why)
func (reduceReferee *ReduceReferee) UnpackBadSliceError(raw []byte) (*ReduceRefereeBadSlice, error) {
	out := new(ReduceRefereeBadSlice)
	if err := reduceReferee.abi.UnpackIntoInterface(out, "BadSlice", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReduceRefereeRowLimitExceeded represents a RowLimitExceeded error raised by the ReduceReferee contract.
type ReduceRefereeRowLimitExceeded struct {
	Kind   uint16
	Length *big.Int
	Limit  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RowLimitExceeded(uint16 kind, uint256 length, uint256 limit)
func ReduceRefereeRowLimitExceededErrorID() common.Hash {
	return common.HexToHash("0xdda8a303a4315fe00008980e157a2c848cf7664ef5b4ab2ef5710c5169e14abf")
}

// UnpackRowLimitExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RowLimitExceeded(uint16 kind, uint256 length, uint256 limit)
func (reduceReferee *ReduceReferee) UnpackRowLimitExceededError(raw []byte) (*ReduceRefereeRowLimitExceeded, error) {
	out := new(ReduceRefereeRowLimitExceeded)
	if err := reduceReferee.abi.UnpackIntoInterface(out, "RowLimitExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReduceRefereeUnsupportedKind represents a UnsupportedKind error raised by the ReduceReferee contract.
type ReduceRefereeUnsupportedKind struct {
	Kind uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnsupportedKind(uint16 kind)
func ReduceRefereeUnsupportedKindErrorID() common.Hash {
	return common.HexToHash("0x15b2ed99bed104d264921e63bcb2ae2675924ea64bc8cf7df07ec59a6372c50c")
}

// UnpackUnsupportedKindError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnsupportedKind(uint16 kind)
func (reduceReferee *ReduceReferee) UnpackUnsupportedKindError(raw []byte) (*ReduceRefereeUnsupportedKind, error) {
	out := new(ReduceRefereeUnsupportedKind)
	if err := reduceReferee.abi.UnpackIntoInterface(out, "UnsupportedKind", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RefereeMetaData contains all meta data concerning the Referee contract.
var RefereeMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"index_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"reduce_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"siblings\",\"type\":\"uint256\"}],\"name\":\"BadInclusion\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"BadRecord\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"BadSlice\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"inputs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"producers\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"proofs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"slices\",\"type\":\"uint256\"}],\"name\":\"InputCountMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"slot\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"element\",\"type\":\"uint64\"}],\"name\":\"NoSuchElement\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"input\",\"type\":\"uint256\"}],\"name\":\"ProducerMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"want\",\"type\":\"bytes32\"}],\"name\":\"RootMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"kind\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"RowLimitExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"RowTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"kind\",\"type\":\"uint16\"}],\"name\":\"UnsupportedKind\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SOLVER_RIGHT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"WRONG_ELEMENT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"WRONG_GRAPH\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"WRONG_SHAPE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"record\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion\",\"name\":\"inStep\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion\",\"name\":\"inTrace\",\"type\":\"tuple\"}],\"internalType\":\"structRecordProof\",\"name\":\"p\",\"type\":\"tuple\"},{\"internalType\":\"uint8\",\"name\":\"slot\",\"type\":\"uint8\"},{\"components\":[{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32\",\"name\":\"firstChunk\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"chunks\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structTensorSlice\",\"name\":\"s\",\"type\":\"tuple\"}],\"name\":\"checkChunk\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"recordHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"record\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion\",\"name\":\"inStep\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion\",\"name\":\"inTrace\",\"type\":\"tuple\"}],\"internalType\":\"structRecordProof\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"checkRecord\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"recordHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stepRoot\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"indexPrograms\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"components\":[{\"components\":[{\"internalType\":\"bytes\",\"name\":\"record\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion\",\"name\":\"inStep\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion\",\"name\":\"inTrace\",\"type\":\"tuple\"}],\"internalType\":\"structRecordProof\",\"name\":\"target\",\"type\":\"tuple\"},{\"internalType\":\"bytes[]\",\"name\":\"producers\",\"type\":\"bytes[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion[]\",\"name\":\"producerProofs\",\"type\":\"tuple[]\"},{\"internalType\":\"uint8\",\"name\":\"slot\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"element\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32\",\"name\":\"firstChunk\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"chunks\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structTensorSlice\",\"name\":\"output\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32\",\"name\":\"firstChunk\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"chunks\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structTensorSlice[]\",\"name\":\"inputs\",\"type\":\"tuple[]\"}],\"internalType\":\"structElementProof\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"judge\",\"outputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"verdict\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"step\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"kind\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"computed\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"committed\",\"type\":\"uint32\"}],\"internalType\":\"structReferee.Judgement\",\"name\":\"j\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reducePrograms\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "Referee",
	Bin: "0x60c060405234801561000f575f5ffd5b5060405161577938038061577983398101604081905261002e91610060565b6001600160a01b039182166080521660a052610091565b80516001600160a01b038116811461005b575f5ffd5b919050565b5f5f60408385031215610071575f5ffd5b61007a83610045565b915061008860208401610045565b90509250929050565b60805160a0516156b96100c05f395f8181610147015261114f01525f818161010801526110fd01526156b95ff3fe608060405234801561000f575f5ffd5b5060043610610090575f3560e01c8063a0cd98e411610063578063a0cd98e414610103578063c767736114610142578063e45e88f314610169578063ef0d692d14610171578063fe754eb9146101ee575f5ffd5b80631869160c14610094578063211aada5146100c15780636b4a3f33146100db5780639f384e32146100e2575b5f5ffd5b6100a76100a23660046152e6565b6101f6565b604080519283526020830191909152015b60405180910390f35b6100c9600281565b60405160ff90911681526020016100b8565b6100c95f81565b6100f56100f0366004615339565b610279565b6040519081526020016100b8565b61012a7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100b8565b61012a7f000000000000000000000000000000000000000000000000000000000000000081565b6100c9600181565b61018461017f3660046153b9565b610303565b6040516100b891905f60c08201905060ff835116825263ffffffff602084015116602083015263ffffffff604084015116604083015261ffff606084015116606083015263ffffffff608084015116608083015263ffffffff60a08401511660a083015292915050565b6100c9600381565b5f8061020a6102058480615402565b6107b8565b9150610227600960f91b836102226020870187615444565b6107f1565b90505f610240601360f81b836102226040880188615444565b905084811461027157604051637c532e3160e01b815260048101829052602481018690526044015b60405180910390fd5b509250929050565b5f61028485856101f6565b5090505f61029a6102958680615402565b6109e3565b90508060800151518460ff16106102cf57604051630b5c91c160e11b815260ff851660048201525f6024820152604401610268565b6102f98382608001518660ff16815181106102ec576102ec615462565b6020026020010151610e5f565b5050949350505050565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905290610342846100a28580615444565b91505f905061035e6103548580615444565b6102959080615402565b905061036a8480615444565b610378906040810190615444565b610386906020810190615476565b63ffffffff16602084015261039b8480615444565b6103a9906020810190615444565b6103b7906020810190615476565b63ffffffff16604084015260208101805161ffff166060850152515f906103dd90611092565b90506001600160a01b03811615801561040057506103fe826020015161117a565b155b1561042a5760208201516040516315b2ed9960e01b815261ffff9091166004820152602401610268565b6060820151518061043e6020880188615499565b905014158061045b5750806104566040880188615499565b905014155b8061047357508061046f60c0880188615499565b9050105b8061049f57508061048760c0880188615499565b905011801561049f5750826020015161ffff16600e14155b1561050057806104b26020880188615499565b90506104c16040890189615499565b90506104d060c08a018a615499565b604051631f98140760e11b8152600481019590955260248501939093525060448301526064820152608401610268565b61050a8680615444565b610518906020810190615444565b610526906020810190615476565b63ffffffff16835f015163ffffffff1614158061054b57506105498387866112a2565b155b1561055e57505060028352506107b29050565b5f5b61056d60c0880188615499565b90508110156105e6576105dd61058660c0890189615499565b8381811061059657610596615462565b90506020028101906105a891906154de565b85606001518484106105ba575f6105bc565b835b815181106105cc576105cc615462565b602002602001015160800151610e5f565b50600101610560565b5060808084015151906105fe908801606089016154f2565b60ff16106106535761061660808701606088016154f2565b61062660a088016080890161550b565b604051630b5c91c160e11b815260ff90921660048301526001600160401b03166024820152604401610268565b5f61068d61066460a08901896154de565b6080808701519061067a908b0160608c016154f2565b60ff16815181106102ec576102ec615462565b9050806106a060a0890160808a0161550b565b6001600160401b0316106106ce576106be60808801606089016154f2565b61062660a0890160808a0161550b565b5f806001600160a01b038516156106ed576106e885611591565b61072c565b61072c866106fe60c08c018c615499565b61070b60a08e018e6154de565b8d608001602081019061071e919061550b565b6001600160401b03166115f0565b915091508061074657505060038652506107b29350505050565b63ffffffff8216608089015261078061076260a08b018b6154de565b61077260a08c0160808d0161550b565b6001600160401b031661187f565b63ffffffff90811660a08a0181905260808a0151909116146107a35760016107a5565b5f5b60ff168852505050505050505b92915050565b6040515f906107d390600160fc1b9085908590602001615531565b60405160208183030381529060405280519060200120905092915050565b5f6108026040830160208401615476565b63ffffffff16158061083b575061081f6040830160208401615476565b63ffffffff166108326020840184615476565b63ffffffff1610155b80610871575061085f6108546040840160208501615476565b63ffffffff16611a0a565b61086c6040840184615499565b905014155b156108d1576108836020830183615476565b6108936040840160208501615476565b6108a06040850185615499565b6040516314982b8b60e21b815263ffffffff9485166004820152939092166024840152506044820152606401610268565b825f6108e06020850185615476565b63ffffffff1690505f5b6108f76040860186615499565b905081101561097e57600182821c16156109425761093d601160f81b6109206040880188615499565b8481811061093057610930615462565b9050602002013585611a2d565b610974565b610974601160f81b846109586040890189615499565b8581811061096857610968615462565b90506020020135611a2d565b92506001016108ea565b50856109906040860160208701615476565b6040516001600160f81b031992909216602083015260e01b6001600160e01b03191660218201526025810183905260450160405160208183030381529060405280519060200120925050505b9392505050565b6040805160a0810182525f8082526020820152606091810182905281810182905260808101919091525f6009831015610a4757604051631452bbb160e31b81526020600482015260056024820152641cda1bdc9d60da1b6044820152606401610268565b600184845f81610a5957610a59615462565b9050013560f81c60f81b60f81c60ff1614610aa157604051631452bbb160e31b81526020600482015260076024820152663b32b939b4b7b760c91b6044820152606401610268565b506001610ab18484836004611a4e565b63ffffffff168252610ac4600482615568565b9050610ad38484836002611a4e565b61ffff166020830152610ae7600282615568565b90505f610af78585846001611a4e565b9050610b04600183615568565b9150806001600160401b03811115610b1e57610b1e61557b565b604051908082528060200260200182016040528015610b47578160200160208202803683370190505b5060408401525f5b81811015610ba457610b648686856004611a4e565b84604001518281518110610b7a57610b7a615462565b63ffffffff90921660209283029190910190910152610b9a600484615568565b9250600101610b4f565b50610bb28585846001611a4e565b9050610bbf600183615568565b9150806001600160401b03811115610bd957610bd961557b565b604051908082528060200260200182016040528015610c3057816020015b6040805160a0810182525f808252602080830182905292820181905260608201819052608082015282525f19909201910181610bf75790505b5060608401525f5b81811015610d60575f84606001518281518110610c5757610c57615462565b60200260200101519050610c6e8787866001611a4e565b60ff168152610c7e600185615568565b815190945060ff165f03610cd557610c998787866004611a4e565b63ffffffff166020820152610cbb8787610cb4876004615568565b6001611a4e565b60ff166040820152610cce600585615568565b9350610d38565b805160ff16600103610cfe57610cee8787866020611a4e565b6060820152610cce602085615568565b604051631452bbb160e31b815260206004820152600e60248201526d1c9959995c995b98d9481ada5b9960921b6044820152606401610268565b610d458787866020611a4e565b6080820152610d55602085615568565b935050600101610c38565b50610d6e8585846001611a4e565b9050610d7b600183615568565b9150806001600160401b03811115610d9557610d9561557b565b604051908082528060200260200182016040528015610dbe578160200160208202803683370190505b5060808401525f5b81811015610e1557610ddb8686856020611a4e565b6080850151805183908110610df257610df2615462565b602002602001018181525050602083610e0b9190615568565b9250600101610dc6565b50818414610e5757604051631452bbb160e31b815260206004820152600e60248201526d747261696c696e6720627974657360901b6044820152606401610268565b505092915050565b5f610e72610e6d8480615499565b611aac565b90505f60406001610e838285615568565b610e8d919061558f565b610e9791906155b6565b90505f610100610eaa6040870187615402565b610eb59291506155b6565b9050801580610edd5750610100610ecf6040870187615402565b610eda9291506155c9565b15155b15610f3f576040516351a6cb4960e01b815260206004820152602b60248201527f6368756e6b73206e6f74206120706f736974697665206d756c7469706c65206f60448201526a662032353620627974657360a81b6064820152608401610268565b8181610f516040880160208901615476565b63ffffffff16610f619190615568565b1115610fb0576040516351a6cb4960e01b815260206004820152601d60248201527f6368756e6b2072616e6765206265796f6e64207468652074656e736f720000006044820152606401610268565b8181610fc26040880160208901615476565b63ffffffff16610fd29190615568565b148015610fe85750610fe56040846155c9565b15155b1561103a5761103a610ffd6040870187615402565b6110086040876155c9565b6110139060046155dc565b61010061102160018761558f565b61102b91906155dc565b6110359190615568565b611b43565b5f611046868484611bda565b90505f61105c6110568880615499565b84611fcb565b905085811461108857604051637c532e3160e01b81526004810182905260248101879052604401610268565b5050505092915050565b5f8161ffff16600d14806110aa57508161ffff16600e145b806110b957508161ffff166014145b806110c857508161ffff166015145b806110d757508161ffff166027145b806110e657508161ffff166028145b806110f557508161ffff16602a145b1561112157507f0000000000000000000000000000000000000000000000000000000000000000919050565b8161ffff166010148061113857508161ffff166011145b8061114757508161ffff166016145b1561117357507f0000000000000000000000000000000000000000000000000000000000000000919050565b505f919050565b5f61ffff821660011480611192575061ffff82166002145b806111b25750600361ffff8316108015906111b25750600861ffff831611155b806111c1575061ffff8216600f145b806111d0575061ffff82166012145b806111df575061ffff8216601c145b806111ee575061ffff8216601f145b806111fd575061ffff82166020145b8061120c575061ffff82166021145b8061121b575061ffff82166025145b8061122a575061ffff82166026145b80611239575061ffff82166029145b80611248575061ffff8216600c145b80611257575061ffff8216601a145b80611266575061ffff8216601d145b80611275575061ffff8216601e145b80611284575061ffff82166023145b80611293575061ffff82166024145b806107b257506107b282612092565b5f805b84606001515181101561158657846060015181815181106112c8576112c8615462565b60200260200101515f015160ff165f0361157e57845f015163ffffffff16856060015182815181106112fc576112fc615462565b60200260200101516020015163ffffffff161061131c575f9150506109dc565b3661132a6040860186615499565b8381811061133a5761133a615462565b905060200281019061134c9190615444565b90508560600151828151811061136457611364615462565b60200260200101516020015163ffffffff16815f0160208101906113889190615476565b63ffffffff161415806113de57506113a08580615444565b6113ae906020810190615444565b6113bf906040810190602001615476565b63ffffffff166113d56040830160208401615476565b63ffffffff1614155b156113ff57604051631ea94e8f60e01b815260048101839052602401610268565b5f611440600960f91b61143a61141860208a018a615499565b8781811061142857611428615462565b90506020028101906102059190615402565b846107f1565b905084811461146c57604051637c532e3160e01b81526004810182905260248101869052604401610268565b5f61149f61147d6020890189615499565b8681811061148d5761148d615462565b90506020028101906102959190615402565b90506114ae6020840184615476565b63ffffffff16815f015163ffffffff16146114cf575f9450505050506109dc565b806080015151886060015185815181106114eb576114eb615462565b60200260200101516040015160ff1610158061156957508760600151848151811061151857611518615462565b60200260200101516080015181608001518960600151868151811061153f5761153f615462565b60200260200101516040015160ff168151811061155e5761155e615462565b602002602001015114155b1561157a575f9450505050506109dc565b5050505b6001016112a5565b506001949350505050565b6040515f90819063737c297360e11b9036838237816001600160e01b038251161781525f5f3683885afa6115c7573d5f823e3d81fd5b60203d146115d3575f5ffd5b60205f823e5163ffffffff81169560209190911c15945092505050565b60208501515f9081905f1961ffff82160161161c576116128888888888612109565b9250925050611875565b61ffff811660081480611633575061ffff8116601c145b156116455761161288888888886122c6565b60011961ffff82160161165f5761161288888888886124a7565b60111961ffff8216016116795761161288888888886125d2565b600e1961ffff8216016116935761161288888888886126c3565b60241961ffff8216016117c4576003861415806116ed57506116eb87875f8181106116c0576116c0615462565b90506020028101906116d291906154de565b6116dc9080615499565b6116e68880615499565b612879565b155b8061170b5750611709878760018181106116c0576116c0615462565b155b806117295750611727878760028181106116c0576116c0615462565b155b80611738575060408801515115155b15611749575f5f9250925050611875565b5f61177788885f81811061175f5761175f615462565b905060200281019061177191906154de565b8661187f565b9050637fffffff81165f036117a15761179c8888600281811061175f5761175f615462565b6117b7565b6117b78888600181811061175f5761175f615462565b6001935093505050611875565b6117cd81612092565b156117df576116128888888888612910565b61ffff8116600714806117f6575061ffff81166029145b80611805575061ffff81166021145b80611814575061ffff8116601d145b80611823575061ffff8116601e145b80611832575061ffff81166023145b80611841575061ffff81166024145b80611850575061ffff8116600c145b15611862576116128888888888612a38565b61186f8888888888612c38565b92509250505b9550959350505050565b5f80604061189285820160208701615476565b63ffffffff166118a291906155dc565b9050808310806118de57506118ba6040850185615402565b90506118c6828561558f565b6118d19060046155dc565b6118dc906004615568565b115b1561192c576040516351a6cb4960e01b815260206004820152601960248201527f656c656d656e74206f7574736964652074686520736c696365000000000000006044820152606401610268565b5f611937828561558f565b6119429060046155dc565b9050365f6119536040880188615402565b909250905060188282611967866003615568565b81811061197657611976615462565b919091013560f81c90911b905060108383611992876002615568565b8181106119a1576119a1615462565b919091013560f81c90911b9050600884846119bd886001615568565b8181106119cc576119cc615462565b919091013560f81c90911b90508484878181106119eb576119eb615462565b9050013560f81c60f81b60f81c60ff1617171794505050505092915050565b5f5b81816001901b1015611a2857611a21816155f3565b9050611a0c565b919050565b5f6040518460f81c8153600181019390935250602182015260419020919050565b5f83611a5a8385615568565b1115611a9557604051631452bbb160e31b81526020600482015260096024820152681d1c9d5b98d85d195960ba1b6044820152606401610268565b8285013560088302610100031c9050949350505050565b5f6004821115611aee576040516351a6cb4960e01b815260206004820152600c60248201526b1c985b9ac818589bdd99480d60a21b6044820152606401610268565b5060015f5b82811015611b3c57838382818110611b0d57611b0d615462565b9050602002016020810190611b229190615476565b611b329063ffffffff16836155dc565b9150600101611af3565b5092915050565b805b82811015611bd457838382818110611b5f57611b5f615462565b909101356001600160f81b031916159050611bcc576040516351a6cb4960e01b815260206004820152602660248201527f6e6f6e7a65726f2070616464696e6720616674657220746865206c61737420656044820152651b195b595b9d60d21b6064820152608401610268565b600101611b45565b50505050565b5f5f826001600160401b03811115611bf457611bf461557b565b604051908082528060200260200182016040528015611c1d578160200160208202803683370190505b5090505f5b83811015611c7057611c4b611c3a6040880188615402565b611c46610100856155dc565b612e79565b828281518110611c5d57611c5d615462565b6020908102919091010152600101611c22565b505f611c826040870160208801615476565b63ffffffff1690505f611c9486611a0a565b90505f805b82811015611f51575f6001865186611cb19190615568565b611cbb919061558f565b9050600185811c905f90611cd390839085901c61558f565b611cde906001615568565b6001600160401b03811115611cf557611cf561557b565b604051908082528060200260200182016040528015611d1e578160200160208202803683370190505b5090505f87600116600103611db057611d3a60608e018e615499565b90508610611d7e576040516351a6cb4960e01b815260206004820152601060248201526f746f6f20666577207369626c696e677360801b6044820152606401610268565b611d8b60608e018e615499565b87611d95816155f3565b9850818110611da657611da6615462565b9050602002013590505b5f846001165f03611e3e57611dc860608f018f615499565b90508710611e0c576040516351a6cb4960e01b815260206004820152601060248201526f746f6f20666577207369626c696e677360801b6044820152606401610268565b611e1960608f018f615499565b88611e23816155f3565b9950818110611e3457611e34615462565b9050602002013590505b5f5b8351811015611f3b575f611e548287615568565b90505f8b611e638360026155dc565b10611e9c578c8c611e758460026155dc565b611e7f919061558f565b81518110611e8f57611e8f615462565b6020026020010151611e9e565b845b90505f88611ead8460026155dc565b611eb8906001615568565b11611efc578d8d611eca8560026155dc565b611ed5906001615568565b611edf919061558f565b81518110611eef57611eef615462565b6020026020010151611efe565b845b9050611f0f600160f81b8383611a2d565b878581518110611f2157611f21615462565b602002602001018181525050505050806001019050611e40565b509198509196505060019092019150611c999050565b50611f5f6060890189615499565b90508114611fa4576040516351a6cb4960e01b8152602060048201526011602482015270746f6f206d616e79207369626c696e677360781b6044820152606401610268565b835f81518110611fb657611fb6615462565b60200260200101519450505050509392505050565b60408051600160f91b60208201526001600160f81b031960f885901b1660218201528151600281830301815260229091019091525f90815b8481101561205e578186868381811061201e5761201e615462565b90506020020160208101906120339190615476565b604051602001612044929190615622565b60408051601f198184030181529190529150600101612003565b508083604051602001612072929190615649565b604051602081830303815290604052805190602001209150509392505050565b5f61ffff8216600914806120aa575061ffff8216600a145b806120b9575061ffff8216600b145b806120c8575061ffff82166013145b806120d7575061ffff82166017145b806120e6575061ffff82166018145b806120f5575061ffff82166019145b806107b2575061ffff8216601b1492915050565b5f8060028514158061211f575060408701515115155b1561212e57505f905080611875565b5f5f5f5f6121a18a8a5f81811061214757612147615462565b905060200281019061215991906154de565b6121639080615499565b8c8c600181811061217657612176615462565b905060200281019061218891906154de565b6121929080615499565b61219c8d80615499565b612e98565b9350935093509350836121bd575f5f9550955050505050611875565b6110008211156121e35760405163f2d2a97360e01b815260048101839052602401610268565b5f6121ee82856155dc565b6121f890896155b6565b90505f8385612207858c6155b6565b61221191906155c9565b61221b87856155dc565b6122259190615568565b61222f91906155dc565b90505f8461223d858c6155c9565b61224786866155dc565b6122519190615568565b61225b91906155dc565b90506122b18d8d5f81811061227257612272615462565b905060200281019061228491906154de565b838f8f600181811061229857612298615462565b90506020028101906122aa91906154de565b8489613141565b9e60019e509c50505050505050505050505050565b5f806002851415806122dc575060408701515115155b8061231f575061231d86865f8181106122f7576122f7615462565b905060200281019061230991906154de565b6123139080615499565b6116e68780615499565b155b1561232e57505f905080611875565b5f61236587875f81811061234457612344615462565b905060200281019061235691906154de565b6123609080615499565b613202565b90508686600181811061237a5761237a615462565b905060200281019061238c91906154de565b6123969080615499565b90506001141580612400575080878760018181106123b6576123b6615462565b90506020028101906123c891906154de565b6123d29080615499565b5f8181106123e2576123e2615462565b90506020020160208101906123f79190615476565b63ffffffff1614155b80612409575080155b1561241a575f5f9250925050611875565b5f61243088885f81811061175f5761175f615462565b90505f61246a8989600181811061244957612449615462565b905060200281019061245b91906154de565b61246585896155c9565b61187f565b60208b015190915061ffff1660081461248c57612487828261324f565b612496565b6124968282613354565b9a60019a5098505050505050505050565b5f806001851415806124bd575060408701515115155b156124cc57505f905080611875565b5f5f5f61250f89895f8181106124e4576124e4615462565b90506020028101906124f691906154de565b6125009080615499565b61250a8a80615499565b6134f5565b92509250925082612528575f5f94509450505050611875565b5f8161253484896155b6565b61253e91906155c9565b82612549858a6155c9565b61255391906155dc565b838561255f82826155dc565b612569908c6155b6565b61257391906155dc565b61257d91906155dc565b6125879190615568565b6125919190615568565b90506125c08a8a5f8181106125a8576125a8615462565b90506020028101906125ba91906154de565b8261187f565b9b60019b509950505050505050505050565b5f806001851415806125e8575060408701515115155b80612630575061262e86865f81811061260357612603615462565b905060200281019061261591906154de565b61261f9080615499565b6126298780615499565b61371e565b155b1561263f57505f905080611875565b5f61265587875f81811061234457612344615462565b905061100081111561267d5760405163f2d2a97360e01b815260048101829052602401610268565b6126b487875f81811061269257612692615462565b90506020028101906126a491906154de565b6126ae83876155dc565b836137fc565b98600198509650505050505050565b5f806001851415806126db5750866040015151600114155b806126f857506126f686865f8181106122f7576122f7615462565b155b1561270757505f905080611875565b365f87875f81811061271b5761271b615462565b905060200281019061272d91906154de565b6127379080615499565b90925090506002811015612752575f5f935093505050611875565b5f828261276060028261558f565b81811061276f5761276f615462565b90506020020160208101906127849190615476565b63ffffffff1690505f838361279a60018261558f565b8181106127a9576127a9615462565b90506020020160208101906127be9190615476565b63ffffffff1690505f826127d2838a6155b6565b6127dc91906155c9565b90505f6127e9838a6155c9565b90508c604001515f8151811061280157612801615462565b602002602001015163ffffffff168261281a9190615568565b811115612838575063ff800000965060019550611875945050505050565b6128658c8c5f81811061284d5761284d615462565b905060200281019061285f91906154de565b8a61187f565b9d60019d509b505050505050505050505050565b5f83821461288857505f612908565b5f5b84811015612902578383828181106128a4576128a4615462565b90506020020160208101906128b99190615476565b63ffffffff168686838181106128d1576128d1615462565b90506020020160208101906128e69190615476565b63ffffffff16146128fa575f915050612908565b60010161288a565b50600190505b949350505050565b60208501515f90819061ffff811660131480612930575061ffff8116601b145b1561294257611612888888888861388f565b61294e88888888613922565b61295e575f5f9250925050611875565b5f6129698680615499565b1590506129ba5761297a8680615499565b60016129868980615499565b61299192915061558f565b8181106129a0576129a0615462565b90506020020160208101906129b59190615476565b6129bd565b60015b63ffffffff169050805f036129d9575f5f935093505050611875565b6129e38282613a22565b612a2882898988858e60400151516001146129fe575f612a1d565b8e604001515f81518110612a1457612a14615462565b60200260200101515b63ffffffff16613a68565b9960019950975050505050505050565b60208501515f9081908161ffff8216600714612a675761ffff8216602114612a60575f612a6a565b6002612a6a565b60015b60ff169050600187141580612a8457508089604001515114155b80612ac75750612ac588885f818110612a9f57612a9f615462565b9050602002810190612ab191906154de565b612abb9080615499565b6116e68980615499565b155b15612ad9575f5f935093505050611875565b5f612b0789895f818110612aef57612aef615462565b9050602002810190612b0191906154de565b8761187f565b905060061961ffff841601612b5157612b43818b604001515f81518110612b3057612b30615462565b602002602001015163ffffffff1661324f565b600194509450505050611875565b60281961ffff841601612b6757612b4381613d34565b601c1961ffff841601612b7d57612b4381613e00565b601d1961ffff841601612b9357612b4381613fc1565b60221961ffff841601612ba957612b4381614193565b60231961ffff841601612bbf57612b438161420d565b600b1961ffff841601612bde57612b4381612bd983614193565b61324f565b612496612c0e828c604001515f81518110612bfb57612bfb615462565b602002602001015163ffffffff16614363565b8b60400151600181518110612c2557612c25615462565b602002602001015163ffffffff166143b9565b60208501515f90819061ffff8116600314801590612c5b575061ffff8116600414155b8015612c6c575061ffff8116600514155b8015612c7d575061ffff8116600614155b8015612c8e575061ffff8116601f14155b8015612c9f575061ffff8116602014155b8015612cb0575061ffff8116602614155b8015612cc1575061ffff8116601a14155b15612ce5576040516315b2ed9960e01b815261ffff82166004820152602401610268565b600286141580612cf9575060408801515115155b80612d165750612d1487875f8181106116c0576116c0615462565b155b80612d345750612d32878760018181106116c0576116c0615462565b155b15612d45575f5f9250925050611875565b5f612d5b88885f81811061175f5761175f615462565b90505f612d7489896001818110612aef57612aef615462565b905060021961ffff841601612d8d57612b438282613354565b60031961ffff841601612da457612b438282614408565b60041961ffff841601612dbb57612b43828261324f565b60051961ffff841601612dd257612b438282614419565b601e1961ffff841601612de957612b438282614363565b601f1961ffff841601612e0057612b4382826143b9565b60191961ffff841601612e4f575f612e1783614193565b9050612e4082612bd983612bd9633f800000612e3b89612bd9633f8000008a614408565b613354565b60019550955050505050611875565b612e598282614562565b612e63575f612496565b50633f8000009960019950975050505050505050565b5f6040515f815361010083860160018301376101019020949350505050565b5f808080886002811080612eac5750878114155b80612eb75750858114155b15612ece575f5f5f5f945094509450945050613134565b5f5b81612edc826002615568565b1015612fc957898982818110612ef457612ef4615462565b9050602002016020810190612f099190615476565b63ffffffff168c8c83818110612f2157612f21615462565b9050602002016020810190612f369190615476565b63ffffffff16141580612fa157508b8b82818110612f5657612f56615462565b9050602002016020810190612f6b9190615476565b63ffffffff16888883818110612f8357612f83615462565b9050602002016020810190612f989190615476565b63ffffffff1614155b15612fb9575f5f5f5f95509550955095505050613134565b612fc2816155f3565b9050612ed0565b508a8a612fd760028461558f565b818110612fe657612fe6615462565b9050602002016020810190612ffb9190615476565b63ffffffff1693508a8a61301060018461558f565b81811061301f5761301f615462565b90506020020160208101906130349190615476565b63ffffffff169250888861304960028461558f565b81811061305857613058615462565b905060200201602081019061306d9190615476565b63ffffffff16915082898961308360018561558f565b81811061309257613092615462565b90506020020160208101906130a79190615476565b63ffffffff161480156130ef57508387876130c360028561558f565b8181106130d2576130d2615462565b90506020020160208101906130e79190615476565b63ffffffff16145b8015613130575081878761310460018561558f565b81811061311357613113615462565b90506020020160208101906131289190615476565b63ffffffff16145b9450505b9650965096509692505050565b5f5f61314e8787856145ab565b90505f61315c8686866145ab565b90506131666152b7565b5f5b858110156131eb576131c982826007166008811061318857613188615462565b6020020151612e3b8684815181106131a2576131a2615462565b60200260200101518685815181106131bc576131bc615462565b602002602001015161324f565b8282600716600881106131de576131de615462565b6020020152600101613168565b506131f581614709565b9998505050505050505050565b5f811561323f57828261321660018261558f565b81811061322557613225615462565b905060200201602081019061323a9190615476565b613242565b60015b63ffffffff169392505050565b5f637fffffff838116908316838518638000000016637f8000008311806132795750637f80000082115b1561328d57637fc0000093505050506107b2565b637f8000008314806132a25750637f80000082145b156132d6578215806132b2575081155b156132c657637fc0000093505050506107b2565b637f8000001792506107b2915050565b8215806132e1575081155b156132f05792506107b2915050565b627fffff8084169390831692601791821c911c5f829003613314576001915061331d565b62800000851794505b805f0361332c57506001613335565b62800000841793505b6133488361012c8385010386880261477c565b98975050505050505050565b5f637fffffff838116908316637f800000821015806133775750637f8000008110155b156133ec57637f8000008211806133915750637f80000081115b156133a457637fc00000925050506107b2565b637f800000821480156133ba5750637f80000081145b156133db578385146133d057637fc000006133d2565b845b925050506107b2565b637f80000082146133d057836133d2565b805f0361340a5781156133ff57846133d2565b5050508181166107b2565b815f0361341b5783925050506107b2565b8082101561342857929392905b627fffff8083169290821691601791821c911c5f82900361344c5760019150613455565b62800000841793505b805f036134645750600161346d565b62800000831792505b600893841b939290921b91808203602881111561348d57600193506134ae565b80156134ae5783811c935f196001831b011680156134ac576001851794505b505b5f6380000000888a18165f036134c757508484016134e1565b8486039050805f036134e1575f96505050505050506107b2565b6131f563800000008a16609e86038361477c565b5f80808560028110806135085750848114155b8061357f5750878761351b60018461558f565b81811061352a5761352a615462565b905060200201602081019061353f9190615476565b63ffffffff16868661355260028561558f565b81811061356157613561615462565b90506020020160208101906135769190615476565b63ffffffff1614155b806135f65750878761359260028461558f565b8181106135a1576135a1615462565b90506020020160208101906135b69190615476565b63ffffffff1686866135c960018561558f565b8181106135d8576135d8615462565b90506020020160208101906135ed9190615476565b63ffffffff1614155b1561360a575f5f5f93509350935050613714565b5f5b81613618826002615568565b101561369d5786868281811061363057613630615462565b90506020020160208101906136459190615476565b63ffffffff1689898381811061365d5761365d615462565b90506020020160208101906136729190615476565b63ffffffff161461368d575f5f5f9450945094505050613714565b613696816155f3565b905061360c565b50600188886136ad60028561558f565b8181106136bc576136bc615462565b90506020020160208101906136d19190615476565b89896136de60018661558f565b8181106136ed576136ed615462565b90506020020160208101906137029190615476565b91955063ffffffff9081169450169150505b9450945094915050565b5f6001841161376a57600182148015613763575082825f81811061374457613744615462565b90506020020160208101906137599190615476565b63ffffffff166001145b9050612908565b61377560018561558f565b821461378257505f612908565b5f5b828110156129025785858281811061379e5761379e615462565b90506020020160208101906137b39190615476565b63ffffffff168484838181106137cb576137cb615462565b90506020020160208101906137e09190615476565b63ffffffff16146137f4575f915050612908565b600101613784565b5f5f6138098585856145ab565b90506138136152b7565b5f5b8481101561387b5761385982826007166008811061383557613835615462565b602002015184838151811061384c5761384c615462565b6020026020010151613354565b82826007166008811061386e5761386e615462565b6020020152600101613815565b5061388581614709565b9695505050505050565b60208501515f90819061ffff16601b14806138ab5760026138ae565b60035b60ff16861415806138c3575060408801515115155b156138d4575f5f9250925050611875565b5f6138e18289898961483a565b9050805f036138f7575f5f935093505050611875565b613905896020015182613a22565b6139128289898885614ac0565b9350935050509550959350505050565b60208401515f908161ffff821660091480613941575061ffff8216600a145b80613950575061ffff8216600b145b61395b57600261395e565b60015b60ff1690505f61ffff8316600b148061397b575061ffff83166019145b613985575f613988565b60015b60ff16905085821415806139a157508088604001515114155b156139b1575f9350505050612908565b5f5b82811015613a13576139fb8888838181106139d0576139d0615462565b90506020028101906139e291906154de565b6139ec9080615499565b6139f68980615499565b614bee565b613a0b575f945050505050612908565b6001016139b3565b50600198975050505050505050565b5f613a2c83614c77565b905080821115613a635760405163dda8a30360e01b815261ffff841660048201526024810183905260448101829052606401610268565b505050565b5f80613a7484866155c9565b90505f613aae88885f818110613a8c57613a8c615462565b9050602002810190613a9e91906154de565b613aa8848961558f565b876145ab565b905061ffff891660091480613ac7575061ffff8916600a145b15613b37575f5f5f613ad98486614cda565b9194509250905060081961ffff8d1601613b0357613af78183614419565b95505050505050613885565b613af7613b29858781518110613b1b57613b1b615462565b602002602001015185614408565b613b3284613fc1565b614408565b600a1961ffff8a1601613b7457613b6b818381518110613b5957613b59615462565b6020026020010151612bd98387614d8b565b92505050613885565b5f613bad89896001818110613b8b57613b8b615462565b9050602002810190613b9d91906154de565b613ba7858a61558f565b886145ab565b905060161961ffff8b1601613c0a57613c00828481518110613bd157613bd1615462565b6020026020010151612bd9838681518110613bee57613bee615462565b6020026020010151613b328587614dc0565b9350505050613885565b60171961ffff8b1601613c6257613c00818481518110613c2c57613c2c615462565b6020026020010151613b32613c59858781518110613c4c57613c4c615462565b6020026020010151613e00565b612bd985614e4d565b5f613c6d8387614d8b565b90505f5b87811015613cc157613c9c848281518110613c8e57613c8e615462565b60200260200101518361324f565b848281518110613cae57613cae615462565b6020908102919091010152600101613c71565b505f613cde613cd08486614dc0565b613cd98a614ebd565b614419565b9050613d2482612bd9858881518110613cf957613cf9615462565b6020026020010151613b32888a81518110613d1657613d16615462565b60200260200101518661324f565b9c9b505050505050505050505050565b5f637fffffff8216637f800000811115613d545750637fc0000092915050565b805f03613d62575090919050565b6380000000831615613d7a5750637fc0000092915050565b637f8000008103613d8c575090919050565b627fffff81169060171c5f819003613da657506001613daf565b62800000821791505b60951981016001811615613dc85760019290921b915f19015b606483901b5f613dd782614f3d565b9050600181901b8180028314613deb576001175b6133485f60016002606319880105038361477c565b5f637f800000637fffffff83161115613e1e5750637fc00000919050565b613e2c6342b1721883614fb6565b15613e3c5750637f800000919050565b613e4a8263c2cff1b5614fb6565b15613e5657505f919050565b5f613e7f613e75613e6b85633fb8aa3b61324f565b634b400000613354565b634b400000614408565b90505f613ea5613e9785613b3285633f31800061324f565b613b328463b95e808361324f565b90505f613ec3613eb9836339500d0161324f565b633ab60b61613354565b9050613edc613ed2838361324f565b633c088889613354565b9050613ef5613eeb838361324f565b633d2aaaab613354565b9050613f0e613f04838361324f565b633e2aaaab613354565b9050613f27613f1d838361324f565b633f000000613354565b9050613f40613f36838361324f565b633f800000613354565b9050613f4f613f36838361324f565b90505f613f5b84614ffe565b9050607f811315613f8a57613885613f7783612bd9607f615052565b612bd9613f85607f85615661565b615052565b607d19811215613fb457613885613fa983612bd9613f85856040615680565b612bd9603f19615052565b61388582612bd983615052565b5f637f800000637fffffff83161115613fdf5750637fc00000919050565b637fffffff82165f03613ff7575063ff800000919050565b638000000082161561400e5750637fc00000919050565b637f800000820361401d575090565b5f6280000083101561403f5761403783634b80000061324f565b925060171990505b61404e607f601785901c615661565b6140589082615680565b9050627fffff8316633f80000017614074633fb504f382614fb6565b156140975761408781633f00000061324f565b9050614094600183615680565b91505b5f6140b76140a983633f800000614408565b613cd984633f800000613354565b90505f6140c4828361324f565b90505f6140e26140d883633dba2e8c61324f565b633de38e39613354565b90506140fb6140f1838361324f565b633e124925613354565b905061411461410a838361324f565b633e4ccccd613354565b905061412d614123838361324f565b633eaaaaab613354565b90505f61413a8485613354565b90505f61415482612e3b61414e858861324f565b8661324f565b90505f61416088614ebd565b905061418561417382633f31800061324f565b612e3b84612e3b8563b95e808361324f565b9a9950505050505050505050565b5f637f800000637fffffff831611156141b15750637fc00000919050565b63800000008216158015906141cb5750637fffffff821615155b156141ee575f6141da83613e00565b90506109dc81613cd9633f80000084613354565b6107b2633f800000613cd9633f800000612e3b63800000008718613e00565b5f637f800000637fffffff8316111561422b5750637fc00000919050565b637fffffff82165f819003614241575090919050565b61424f81633ecccccd614fb6565b15614303575f61425f848561324f565b90505f61427d61427383633b6b69e861324f565b633c11371b614408565b905061429661428c838361324f565b633cb327a4613354565b90506142af6142a5838361324f565b633d5d0dd1614408565b90506142c86142be838361324f565b633e088889613354565b90506142e16142d7838361324f565b633eaaaaab614408565b90506142fa85612e3b6142f4888661324f565b8461324f565b95945050505050565b633f800000614316826341100000614fb6565b1561434357614340633f800000613b326340000000613cd9613f3661433b8889613354565b613e00565b90505b638000000084165f036143565780612908565b6380000000189392505050565b5f637f800000637fffffff841611806143855750637f800000637fffffff8316115b156143955750637fc000006107b2565b61439e82615068565b6143a784615068565b136143b257816109dc565b5090919050565b5f637f800000637fffffff841611806143db5750637f800000637fffffff8316115b156143eb5750637fc000006107b2565b6143f482615068565b6143fd84615068565b126143b257816109dc565b5f6109dc8363800000008418613354565b5f637fffffff838116908316838518638000000016637f8000008311806144435750637f80000082115b1561445757637fc0000093505050506107b2565b637f800000830361448957637f800000821461447957637f800000811761447f565b637fc000005b93505050506107b2565b637f800000820361449e5792506107b2915050565b815f036144b757821561447957637f800000811761447f565b825f036144c85792506107b2915050565b627fffff8084169390831692601791821c911c5f8290036144ec57600191506144f5565b62800000851794505b805f036145045750600161450d565b62800000841793505b604085901b5f858281614522576145226155a2565b049050600181901b868381614539576145396155a2565b0615614543576001175b614553866041868803038361477c565b9b9a5050505050505050505050565b5f637f800000637fffffff841611806145845750637f800000637fffffff8316115b1561459057505f6107b2565b61459982615068565b6145a284615068565b13159392505050565b60605f60406145bf86820160208801615476565b63ffffffff166145cf91906155dc565b90508084108061460b57506145e76040860186615402565b9050836145f4838761558f565b6145fe9190615568565b6146099060046155dc565b115b15614651576040516351a6cb4960e01b8152602060048201526015602482015274726f77206f7574736964652074686520736c69636560581b6044820152606401610268565b826001600160401b038111156146695761466961557b565b604051908082528060200260200182016040528015614692578160200160208202803683370190505b509150365f6146a46040880188615402565b915091506004838703028201602085015f5b878110156146fc576004810283013560e01c8060181c61ff008260081c161761ff00821660081b60ff831660181b171790508060208302840152506001810190506146b6565b5050505050509392505050565b80515f908190614721908460045b6020020151613354565b90505f6147378460016020020151856005614717565b90505f61474d8560026020020151866006614717565b90505f6147638660036020020151876007614717565b90506138856147728584613354565b612e3b8584613354565b5f5f6147878361508c565b90506017198482010160941981121561479f57506094195b5f8582136147b3575080850384901b614807565b85820360a08111156147c7575f9150614805565b85811c91505f19600180831b820188169183011b808211806147f6575080821480156147f65750836001166001145b15614802576001840193505b50505b505b6095820160171b8101637f800000811061482d57637f80000088179450505050506109dc565b9096179695505050505050565b5f365f85855f81811061484f5761484f615462565b905060200281019061486191906154de565b61486b9080615499565b91509150365f8787600181811061488457614884615462565b905060200281019061489691906154de565b6148a09080615499565b90925090506002831415806148e05750838360018181106148c3576148c3615462565b90506020020160208101906148d89190615476565b63ffffffff16155b806148ec575060018114155b8061494f575083835f81811061490457614904615462565b90506020020160208101906149199190615476565b63ffffffff1682825f81811061493157614931615462565b90506020020160208101906149469190615476565b63ffffffff1614155b15614960575f945050505050612908565b88156149f95761497a6149738780615499565b8686614bee565b15806149e3575083835f81811061499357614993615462565b90506020020160208101906149a89190615476565b63ffffffff166149e0898960028181106149c4576149c4615462565b90506020028101906149d691906154de565b610e6d9080615499565b14155b156149f4575f945050505050612908565b614a85565b614a038680615499565b90506001141580614a74575083835f818110614a2157614a21615462565b9050602002016020810190614a369190615476565b63ffffffff16614a468780615499565b5f818110614a5657614a56615462565b9050602002016020810190614a6b9190615476565b63ffffffff1614155b15614a85575f945050505050612908565b83836001818110614a9857614a98615462565b9050602002016020810190614aad9190615476565b63ffffffff169998505050505050505050565b5f5f5f87614ace5784614ad8565b614ad884866155b6565b90505f5f614b13614b0d8a8a6001818110614af557614af5615462565b9050602002810190614b0791906154de565b8561187f565b8761512b565b9150915081614b2a575f5f94509450505050611875565b5f614b628a8a5f818110614b4057614b40615462565b9050602002810190614b5291906154de565b614b5c89876155dc565b896145ab565b90508a614bac575f5f614b758385614cda565b5091509150614b9b614b8682613fc1565b613b32858781518110613b1b57613b1b615462565b600197509750505050505050611875565b6125c081614bba898b6155c9565b84614be98e8e6002818110614bd157614bd1615462565b9050602002810190614be391906154de565b8961187f565b615214565b5f838214614bfd57505f612908565b5f5b8481101561290257838382818110614c1957614c19615462565b9050602002016020810190614c2e9190615476565b63ffffffff16868683818110614c4657614c46615462565b9050602002016020810190614c5b9190615476565b63ffffffff1614614c6f575f915050612908565b600101614bff565b5f61ffff821660091480614c8f575061ffff8216600a145b80614c9e575061ffff82166013145b80614cad575061ffff8216601b145b15614cbb5750610100919050565b60181961ffff831601614cd15750610400919050565b50611000919050565b5f5f5f614ce685615255565b9250614cf06152b7565b85515f5b81811015614d76575f614d2361433b8a8481518110614d1557614d15615462565b602002602001015189614408565b9050614d48848360071660088110614d3d57614d3d615462565b602002015182613354565b848360071660088110614d5d57614d5d615462565b6020020152878203614d6d578094505b50600101614cf4565b50614d8082614709565b935050509250925092565b5f5f614da4614d9a8586614dc0565b613cd98651614ebd565b9050612908633f800000613cd9614dbb8487613354565b613d34565b5f614dc96152b7565b83515f5b81811015614e4357614e21838260071660088110614ded57614ded615462565b6020020151612e3b888481518110614e0757614e07615462565b60200260200101518885815181106131bc576131bc615462565b838260071660088110614e3657614e36615462565b6020020152600101614dcd565b506142fa82614709565b5f614e566152b7565b82515f5b81811015614eb357614e91838260071660088110614e7a57614e7a615462565b602002015186838151811061384c5761384c615462565b838260071660088110614ea657614ea6615462565b6020020152600101614e5a565b5061290882614709565b5f815f03614ecc57505f919050565b5f8281811215614ee95763800000009150614ee68461569f565b90505b5f5b614ef6816001615568565b82901c15614f0e57614f07816155f3565b9050614eeb565b614f1981601761558f565b82901b627fffff166017614f2e83607f615568565b901b8417179350505050919050565b5f815f03614f4c57505f919050565b6002614f578361508c565b60010181614f6757614f676155a2565b046001901b90505f6001828481614f8057614f806155a2565b048301901c90505b81811015614fb0578091506001828481614fa457614fa46155a2565b048301901c9050614f88565b50919050565b5f637f800000637fffffff84161180614fd85750637f800000637fffffff8316115b15614fe457505f6107b2565b614fed82615068565b614ff684615068565b129392505050565b5f637fffffff821680820361501557505f92915050565b601781901c62800000627fffff83161761503082609661558f565b81901c9350638000000085161561504a576142fa8461569f565b505050919050565b5f601761506083607f615680565b901b92915050565b5f637fffffff821663800000008316820361508357806109dc565b6109dc8161569f565b5f608082901c1561509f57608091821c91015b604082901c156150b157604091821c91015b602082901c156150c357602091821c91015b601082901c156150d557601091821c91015b600882901c156150e757600891821c91015b600482901c156150f957600491821c91015b600282901c1561510b57600291821c91015b600182901c1561511d57600191821c91015b8115611a2857600101919050565b5f80637fffffff84168082036151485760015f925092505061520d565b638000000085161515806151605750637f8000008110155b15615171575f5f925092505061520d565b601781901c607f8110806151855750609e81115b15615197575f5f93509350505061520d565b62800000627fffff8316175f609683106151c0576151b660968461558f565b82901b9050615202565b60016151cd84609661558f565b6001901b6151db919061558f565b8216156151f1575f5f955095505050505061520d565b6151fc83609661558f565b82901c90505b868110955093505050505b9250929050565b5f5f5f6152218787614cda565b92509250505f6152318284614419565b905085870361524b5761524881633f800000614408565b90505b613348818661324f565b5f815f8151811061526857615268615462565b6020908102919091010151825190915060015b818110156152b0576152a68385838151811061529957615299615462565b6020026020010151614363565b925060010161527b565b5050919050565b6040518061010001604052806008906020820280368337509192915050565b5f60608284031215614fb0575f5ffd5b5f5f604083850312156152f7575f5ffd5b8235915060208301356001600160401b03811115615313575f5ffd5b61531f858286016152d6565b9150509250929050565b803560ff81168114611a28575f5ffd5b5f5f5f5f6080858703121561534c575f5ffd5b8435935060208501356001600160401b03811115615368575f5ffd5b615374878288016152d6565b93505061538360408601615329565b915060608501356001600160401b0381111561539d575f5ffd5b8501608081880312156153ae575f5ffd5b939692955090935050565b5f5f604083850312156153ca575f5ffd5b8235915060208301356001600160401b038111156153e6575f5ffd5b830160e081860312156153f7575f5ffd5b809150509250929050565b5f5f8335601e19843603018112615417575f5ffd5b8301803591506001600160401b03821115615430575f5ffd5b60200191503681900382131561520d575f5ffd5b5f8235605e19833603018112615458575f5ffd5b9190910192915050565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215615486575f5ffd5b813563ffffffff811681146109dc575f5ffd5b5f5f8335601e198436030181126154ae575f5ffd5b8301803591506001600160401b038211156154c7575f5ffd5b6020019150600581901b360382131561520d575f5ffd5b5f8235607e19833603018112615458575f5ffd5b5f60208284031215615502575f5ffd5b6109dc82615329565b5f6020828403121561551b575f5ffd5b81356001600160401b03811681146109dc575f5ffd5b6001600160f81b031984168152818360018301375f910160010190815292915050565b634e487b7160e01b5f52601160045260245ffd5b808201808211156107b2576107b2615554565b634e487b7160e01b5f52604160045260245ffd5b818103818111156107b2576107b2615554565b634e487b7160e01b5f52601260045260245ffd5b5f826155c4576155c46155a2565b500490565b5f826155d7576155d76155a2565b500690565b80820281158282048414176107b2576107b2615554565b5f6001820161560457615604615554565b5060010190565b5f81518060208401855e5f93019283525090919050565b5f61562d828561560b565b60e09390931b6001600160e01b03191683525050600401919050565b5f615654828561560b565b9283525050602001919050565b8181035f831280158383131683831282161715611b3c57611b3c615554565b8082018281125f831280158216821582161715610e5757610e57615554565b5f600160ff1b82016156b3576156b3615554565b505f039056",
}

// Referee is an auto generated Go binding around an Ethereum contract.
type Referee struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Referee) GetABI() abi.ABI {
	return c.abi
}

// NewReferee creates a new instance of Referee.
func NewReferee() *Referee {
	parsed, err := RefereeMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Referee{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Referee) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address index_, address reduce_) returns()
func (referee *Referee) PackConstructor(index_ common.Address, reduce_ common.Address) []byte {
	enc, err := referee.abi.Pack("", index_, reduce_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackSOLVERRIGHT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b4a3f33.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SOLVER_RIGHT() view returns(uint8)
func (referee *Referee) PackSOLVERRIGHT() []byte {
	enc, err := referee.abi.Pack("SOLVER_RIGHT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSOLVERRIGHT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b4a3f33.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SOLVER_RIGHT() view returns(uint8)
func (referee *Referee) TryPackSOLVERRIGHT() ([]byte, error) {
	return referee.abi.Pack("SOLVER_RIGHT")
}

// UnpackSOLVERRIGHT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6b4a3f33.
//
// Solidity: function SOLVER_RIGHT() view returns(uint8)
func (referee *Referee) UnpackSOLVERRIGHT(data []byte) (uint8, error) {
	out, err := referee.abi.Unpack("SOLVER_RIGHT", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackWRONGELEMENT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe45e88f3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function WRONG_ELEMENT() view returns(uint8)
func (referee *Referee) PackWRONGELEMENT() []byte {
	enc, err := referee.abi.Pack("WRONG_ELEMENT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWRONGELEMENT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe45e88f3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function WRONG_ELEMENT() view returns(uint8)
func (referee *Referee) TryPackWRONGELEMENT() ([]byte, error) {
	return referee.abi.Pack("WRONG_ELEMENT")
}

// UnpackWRONGELEMENT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe45e88f3.
//
// Solidity: function WRONG_ELEMENT() view returns(uint8)
func (referee *Referee) UnpackWRONGELEMENT(data []byte) (uint8, error) {
	out, err := referee.abi.Unpack("WRONG_ELEMENT", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackWRONGGRAPH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x211aada5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function WRONG_GRAPH() view returns(uint8)
func (referee *Referee) PackWRONGGRAPH() []byte {
	enc, err := referee.abi.Pack("WRONG_GRAPH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWRONGGRAPH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x211aada5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function WRONG_GRAPH() view returns(uint8)
func (referee *Referee) TryPackWRONGGRAPH() ([]byte, error) {
	return referee.abi.Pack("WRONG_GRAPH")
}

// UnpackWRONGGRAPH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x211aada5.
//
// Solidity: function WRONG_GRAPH() view returns(uint8)
func (referee *Referee) UnpackWRONGGRAPH(data []byte) (uint8, error) {
	out, err := referee.abi.Unpack("WRONG_GRAPH", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackWRONGSHAPE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe754eb9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function WRONG_SHAPE() view returns(uint8)
func (referee *Referee) PackWRONGSHAPE() []byte {
	enc, err := referee.abi.Pack("WRONG_SHAPE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWRONGSHAPE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe754eb9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function WRONG_SHAPE() view returns(uint8)
func (referee *Referee) TryPackWRONGSHAPE() ([]byte, error) {
	return referee.abi.Pack("WRONG_SHAPE")
}

// UnpackWRONGSHAPE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfe754eb9.
//
// Solidity: function WRONG_SHAPE() view returns(uint8)
func (referee *Referee) UnpackWRONGSHAPE(data []byte) (uint8, error) {
	out, err := referee.abi.Unpack("WRONG_SHAPE", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackCheckChunk is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f384e32.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checkChunk(bytes32 traceRoot, (bytes,(uint32,uint32,bytes32[]),(uint32,uint32,bytes32[])) p, uint8 slot, (uint32[],uint32,bytes,bytes32[]) s) pure returns(bytes32 recordHash)
func (referee *Referee) PackCheckChunk(traceRoot [32]byte, p RecordProof, slot uint8, s TensorSlice) []byte {
	enc, err := referee.abi.Pack("checkChunk", traceRoot, p, slot, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckChunk is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f384e32.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkChunk(bytes32 traceRoot, (bytes,(uint32,uint32,bytes32[]),(uint32,uint32,bytes32[])) p, uint8 slot, (uint32[],uint32,bytes,bytes32[]) s) pure returns(bytes32 recordHash)
func (referee *Referee) TryPackCheckChunk(traceRoot [32]byte, p RecordProof, slot uint8, s TensorSlice) ([]byte, error) {
	return referee.abi.Pack("checkChunk", traceRoot, p, slot, s)
}

// UnpackCheckChunk is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9f384e32.
//
// Solidity: function checkChunk(bytes32 traceRoot, (bytes,(uint32,uint32,bytes32[]),(uint32,uint32,bytes32[])) p, uint8 slot, (uint32[],uint32,bytes,bytes32[]) s) pure returns(bytes32 recordHash)
func (referee *Referee) UnpackCheckChunk(data []byte) ([32]byte, error) {
	out, err := referee.abi.Unpack("checkChunk", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCheckRecord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1869160c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checkRecord(bytes32 traceRoot, (bytes,(uint32,uint32,bytes32[]),(uint32,uint32,bytes32[])) p) pure returns(bytes32 recordHash, bytes32 stepRoot)
func (referee *Referee) PackCheckRecord(traceRoot [32]byte, p RecordProof) []byte {
	enc, err := referee.abi.Pack("checkRecord", traceRoot, p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckRecord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1869160c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkRecord(bytes32 traceRoot, (bytes,(uint32,uint32,bytes32[]),(uint32,uint32,bytes32[])) p) pure returns(bytes32 recordHash, bytes32 stepRoot)
func (referee *Referee) TryPackCheckRecord(traceRoot [32]byte, p RecordProof) ([]byte, error) {
	return referee.abi.Pack("checkRecord", traceRoot, p)
}

// CheckRecordOutput serves as a container for the return parameters of contract
// method CheckRecord.
type CheckRecordOutput struct {
	RecordHash [32]byte
	StepRoot   [32]byte
}

// UnpackCheckRecord is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1869160c.
//
// Solidity: function checkRecord(bytes32 traceRoot, (bytes,(uint32,uint32,bytes32[]),(uint32,uint32,bytes32[])) p) pure returns(bytes32 recordHash, bytes32 stepRoot)
func (referee *Referee) UnpackCheckRecord(data []byte) (CheckRecordOutput, error) {
	out, err := referee.abi.Unpack("checkRecord", data)
	outstruct := new(CheckRecordOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.RecordHash = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.StepRoot = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackIndexPrograms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa0cd98e4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function indexPrograms() view returns(address)
func (referee *Referee) PackIndexPrograms() []byte {
	enc, err := referee.abi.Pack("indexPrograms")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIndexPrograms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa0cd98e4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function indexPrograms() view returns(address)
func (referee *Referee) TryPackIndexPrograms() ([]byte, error) {
	return referee.abi.Pack("indexPrograms")
}

// UnpackIndexPrograms is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa0cd98e4.
//
// Solidity: function indexPrograms() view returns(address)
func (referee *Referee) UnpackIndexPrograms(data []byte) (common.Address, error) {
	out, err := referee.abi.Unpack("indexPrograms", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackJudge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef0d692d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function judge(bytes32 traceRoot, ((bytes,(uint32,uint32,bytes32[]),(uint32,uint32,bytes32[])),bytes[],(uint32,uint32,bytes32[])[],uint8,uint64,(uint32[],uint32,bytes,bytes32[]),(uint32[],uint32,bytes,bytes32[])[]) p) view returns((uint8,uint32,uint32,uint16,uint32,uint32) j)
func (referee *Referee) PackJudge(traceRoot [32]byte, p ElementProof) []byte {
	enc, err := referee.abi.Pack("judge", traceRoot, p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJudge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef0d692d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function judge(bytes32 traceRoot, ((bytes,(uint32,uint32,bytes32[]),(uint32,uint32,bytes32[])),bytes[],(uint32,uint32,bytes32[])[],uint8,uint64,(uint32[],uint32,bytes,bytes32[]),(uint32[],uint32,bytes,bytes32[])[]) p) view returns((uint8,uint32,uint32,uint16,uint32,uint32) j)
func (referee *Referee) TryPackJudge(traceRoot [32]byte, p ElementProof) ([]byte, error) {
	return referee.abi.Pack("judge", traceRoot, p)
}

// UnpackJudge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xef0d692d.
//
// Solidity: function judge(bytes32 traceRoot, ((bytes,(uint32,uint32,bytes32[]),(uint32,uint32,bytes32[])),bytes[],(uint32,uint32,bytes32[])[],uint8,uint64,(uint32[],uint32,bytes,bytes32[]),(uint32[],uint32,bytes,bytes32[])[]) p) view returns((uint8,uint32,uint32,uint16,uint32,uint32) j)
func (referee *Referee) UnpackJudge(data []byte) (RefereeJudgement, error) {
	out, err := referee.abi.Unpack("judge", data)
	if err != nil {
		return *new(RefereeJudgement), err
	}
	out0 := *abi.ConvertType(out[0], new(RefereeJudgement)).(*RefereeJudgement)
	return out0, nil
}

// PackReducePrograms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc7677361.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reducePrograms() view returns(address)
func (referee *Referee) PackReducePrograms() []byte {
	enc, err := referee.abi.Pack("reducePrograms")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReducePrograms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc7677361.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reducePrograms() view returns(address)
func (referee *Referee) TryPackReducePrograms() ([]byte, error) {
	return referee.abi.Pack("reducePrograms")
}

// UnpackReducePrograms is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc7677361.
//
// Solidity: function reducePrograms() view returns(address)
func (referee *Referee) UnpackReducePrograms(data []byte) (common.Address, error) {
	out, err := referee.abi.Unpack("reducePrograms", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (referee *Referee) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], referee.abi.Errors["BadInclusion"].ID.Bytes()[:4]) {
		return referee.UnpackBadInclusionError(raw[4:])
	}
	if bytes.Equal(raw[:4], referee.abi.Errors["BadRecord"].ID.Bytes()[:4]) {
		return referee.UnpackBadRecordError(raw[4:])
	}
	if bytes.Equal(raw[:4], referee.abi.Errors["BadSlice"].ID.Bytes()[:4]) {
		return referee.UnpackBadSliceError(raw[4:])
	}
	if bytes.Equal(raw[:4], referee.abi.Errors["InputCountMismatch"].ID.Bytes()[:4]) {
		return referee.UnpackInputCountMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], referee.abi.Errors["NoSuchElement"].ID.Bytes()[:4]) {
		return referee.UnpackNoSuchElementError(raw[4:])
	}
	if bytes.Equal(raw[:4], referee.abi.Errors["ProducerMismatch"].ID.Bytes()[:4]) {
		return referee.UnpackProducerMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], referee.abi.Errors["RootMismatch"].ID.Bytes()[:4]) {
		return referee.UnpackRootMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], referee.abi.Errors["RowLimitExceeded"].ID.Bytes()[:4]) {
		return referee.UnpackRowLimitExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], referee.abi.Errors["RowTooLong"].ID.Bytes()[:4]) {
		return referee.UnpackRowTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], referee.abi.Errors["UnsupportedKind"].ID.Bytes()[:4]) {
		return referee.UnpackUnsupportedKindError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// RefereeBadInclusion represents a BadInclusion error raised by the Referee contract.
type RefereeBadInclusion struct {
	Index    uint32
	Count    uint32
	Siblings *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadInclusion(uint32 index, uint32 count, uint256 siblings)
func RefereeBadInclusionErrorID() common.Hash {
	return common.HexToHash("0x5260ae2c8fa9a39553ec25ab07fad74c127b6c32586ea2372e8e7827e0837ec1")
}

// UnpackBadInclusionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadInclusion(uint32 index, uint32 count, uint256 siblings)
func (referee *Referee) UnpackBadInclusionError(raw []byte) (*RefereeBadInclusion, error) {
	out := new(RefereeBadInclusion)
	if err := referee.abi.UnpackIntoInterface(out, "BadInclusion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RefereeBadRecord represents a BadRecord error raised by the Referee contract.
type RefereeBadRecord struct {
	Why string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadRecord(string why)
func RefereeBadRecordErrorID() common.Hash {
	return common.HexToHash("0xa295dd88c48a1becabd9063fed5e9fccfa802c93c4b175bfa14d241fd23368ca")
}

// UnpackBadRecordError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadRecord(string why)
func (referee *Referee) UnpackBadRecordError(raw []byte) (*RefereeBadRecord, error) {
	out := new(RefereeBadRecord)
	if err := referee.abi.UnpackIntoInterface(out, "BadRecord", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RefereeBadSlice represents a BadSlice error raised by the Referee contract.
type RefereeBadSlice struct {
	Why string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSlice(string why)
func RefereeBadSliceErrorID() common.Hash {
	return common.HexToHash("0x51a6cb492abb55c1f2f0891af76bce54b9f0c9831c44982d0809a8c8db05ac7d")
}

// UnpackBadSliceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSlice(string why)
func (referee *Referee) UnpackBadSliceError(raw []byte) (*RefereeBadSlice, error) {
	out := new(RefereeBadSlice)
	if err := referee.abi.UnpackIntoInterface(out, "BadSlice", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RefereeInputCountMismatch represents a InputCountMismatch error raised by the Referee contract.
type RefereeInputCountMismatch struct {
	Inputs    *big.Int
	Producers *big.Int
	Proofs    *big.Int
	Slices    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InputCountMismatch(uint256 inputs, uint256 producers, uint256 proofs, uint256 slices)
func RefereeInputCountMismatchErrorID() common.Hash {
	return common.HexToHash("0x3f30280e27f821d05f8e7256e86ace91d30c29fa6e622edbf3c2a1ba62b5019e")
}

// UnpackInputCountMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InputCountMismatch(uint256 inputs, uint256 producers, uint256 proofs, uint256 slices)
func (referee *Referee) UnpackInputCountMismatchError(raw []byte) (*RefereeInputCountMismatch, error) {
	out := new(RefereeInputCountMismatch)
	if err := referee.abi.UnpackIntoInterface(out, "InputCountMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RefereeNoSuchElement represents a NoSuchElement error raised by the Referee contract.
type RefereeNoSuchElement struct {
	Slot    uint8
	Element uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoSuchElement(uint8 slot, uint64 element)
func RefereeNoSuchElementErrorID() common.Hash {
	return common.HexToHash("0x16b923821b84572e2fdb3c010558bbee4ec8021cad85abf179da2866cdd3917a")
}

// UnpackNoSuchElementError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoSuchElement(uint8 slot, uint64 element)
func (referee *Referee) UnpackNoSuchElementError(raw []byte) (*RefereeNoSuchElement, error) {
	out := new(RefereeNoSuchElement)
	if err := referee.abi.UnpackIntoInterface(out, "NoSuchElement", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RefereeProducerMismatch represents a ProducerMismatch error raised by the Referee contract.
type RefereeProducerMismatch struct {
	Input *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProducerMismatch(uint256 input)
func RefereeProducerMismatchErrorID() common.Hash {
	return common.HexToHash("0x1ea94e8f9851aaddf6d9999c15e146c5ba38a7767b28aba7eb69ef7667587e9a")
}

// UnpackProducerMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProducerMismatch(uint256 input)
func (referee *Referee) UnpackProducerMismatchError(raw []byte) (*RefereeProducerMismatch, error) {
	out := new(RefereeProducerMismatch)
	if err := referee.abi.UnpackIntoInterface(out, "ProducerMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RefereeRootMismatch represents a RootMismatch error raised by the Referee contract.
type RefereeRootMismatch struct {
	Got  [32]byte
	Want [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RootMismatch(bytes32 got, bytes32 want)
func RefereeRootMismatchErrorID() common.Hash {
	return common.HexToHash("0x7c532e315ae44175632b08431616cac0c7d7f63f348512c4dea8994607e49783")
}

// UnpackRootMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RootMismatch(bytes32 got, bytes32 want)
func (referee *Referee) UnpackRootMismatchError(raw []byte) (*RefereeRootMismatch, error) {
	out := new(RefereeRootMismatch)
	if err := referee.abi.UnpackIntoInterface(out, "RootMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RefereeRowLimitExceeded represents a RowLimitExceeded error raised by the Referee contract.
type RefereeRowLimitExceeded struct {
	Kind   uint16
	Length *big.Int
	Limit  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RowLimitExceeded(uint16 kind, uint256 length, uint256 limit)
func RefereeRowLimitExceededErrorID() common.Hash {
	return common.HexToHash("0xdda8a303a4315fe00008980e157a2c848cf7664ef5b4ab2ef5710c5169e14abf")
}

// UnpackRowLimitExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RowLimitExceeded(uint16 kind, uint256 length, uint256 limit)
func (referee *Referee) UnpackRowLimitExceededError(raw []byte) (*RefereeRowLimitExceeded, error) {
	out := new(RefereeRowLimitExceeded)
	if err := referee.abi.UnpackIntoInterface(out, "RowLimitExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RefereeRowTooLong represents a RowTooLong error raised by the Referee contract.
type RefereeRowTooLong struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RowTooLong(uint256 length)
func RefereeRowTooLongErrorID() common.Hash {
	return common.HexToHash("0xf2d2a9735ca3430c3ac4034251047c25dc483af900b403cbbfe7546c45bad8e4")
}

// UnpackRowTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RowTooLong(uint256 length)
func (referee *Referee) UnpackRowTooLongError(raw []byte) (*RefereeRowTooLong, error) {
	out := new(RefereeRowTooLong)
	if err := referee.abi.UnpackIntoInterface(out, "RowTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RefereeUnsupportedKind represents a UnsupportedKind error raised by the Referee contract.
type RefereeUnsupportedKind struct {
	Kind uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnsupportedKind(uint16 kind)
func RefereeUnsupportedKindErrorID() common.Hash {
	return common.HexToHash("0x15b2ed99bed104d264921e63bcb2ae2675924ea64bc8cf7df07ec59a6372c50c")
}

// UnpackUnsupportedKindError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnsupportedKind(uint16 kind)
func (referee *Referee) UnpackUnsupportedKindError(raw []byte) (*RefereeUnsupportedKind, error) {
	out := new(RefereeUnsupportedKind)
	if err := referee.abi.UnpackIntoInterface(out, "UnsupportedKind", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SoftFloatHarnessMetaData contains all meta data concerning the SoftFloatHarness contract.
var SoftFloatHarnessMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"BadLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"op\",\"type\":\"uint8\"}],\"name\":\"UnknownOp\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OP_ADD\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OP_DIV\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OP_EQ\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OP_EXP\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OP_LE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OP_LOG\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OP_LT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OP_MAX\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OP_MIN\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OP_MUL\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OP_SIGMOID\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OP_SQRT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OP_SUB\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OP_TANH\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"op\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"pairs\",\"type\":\"bytes\"}],\"name\":\"run\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"out\",\"type\":\"bytes\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "SoftFloatHarness",
	Bin: "0x6080604052348015600e575f5ffd5b5061149b8061001c5f395ff3fe608060405234801561000f575f5ffd5b50600436106100f0575f3560e01c80637435384311610093578063cc1afbaf11610063578063cc1afbaf14610162578063f09541601461016a578063f287537814610172578063f6cfb18814610192575f5ffd5b806374353843146101425780637dd6e57f1461014a57806390c2b10e14610152578063c915efce1461015a575f5ffd5b80632602c01e116100ce5780632602c01e14610123578063280735dc1461012a57806339f22cb514610132578063418de6ed1461013a575f5ffd5b80630548a9e7146100f457806316bcf3af146101135780631754035e1461011b575b5f5ffd5b6100fc600181565b60405160ff90911681526020015b60405180910390f35b6100fc600781565b6100fc600681565b6100fc5f81565b6100fc600a81565b6100fc600b81565b6100fc600581565b6100fc600c81565b6100fc600281565b6100fc600881565b6100fc600481565b6100fc600d81565b6100fc600981565b6101856101803660046112c3565b61019a565b60405161010a9190611348565b6100fc600381565b60606101a7600883611391565b156101cd57604051631b69790160e01b8152600481018390526024015b60405180910390fd5b600d60ff851611156101f75760405163014daead60e41b815260ff851660048201526024016101c4565b5f6102036008846113b8565b90506102108160046113cb565b67ffffffffffffffff811115610228576102286113e2565b6040519080825280601f01601f191660200182016040528015610252576020820181803683370190505b509150835f5b828110156102b0576008810282013560c081901c9060e01c63ffffffff82165f6102838b84846102ba565b90506004850260208901016001600160e01b038151168260e01b1781525050505050806001019050610258565b5050509392505050565b5f60ff84166102d4576102cd8383610401565b90506103fa565b5f1960ff8516016102e9576102cd83836105b1565b60011960ff8516016102ff576102cd83836105c2565b60021960ff851601610315576102cd83836106c7565b60031960ff85160161032a576102cd83610810565b60041960ff8516016103575761034083836108dc565b61034a575f61034d565b60015b60ff1690506103fa565b60051960ff85160161036d576103408383610924565b60061960ff85160161038357610340838361096d565b60071960ff851601610399576102cd83836109b5565b60081960ff8516016103af576102cd8383610a0b565b60091960ff8516016103c4576102cd83610a5a565b600a1960ff8516016103d9576102cd83610c2f565b600b1960ff8516016103ee576102cd83610e0b565b6103f783610f64565b90505b9392505050565b5f637fffffff838116908316637f800000821015806104245750637f8000008110155b1561049957637f80000082118061043e5750637f80000081115b1561045157637fc00000925050506105ab565b637f800000821480156104675750637f80000081145b156104885783851461047d57637fc0000061047f565b845b925050506105ab565b637f800000821461047d578361047f565b805f036104b75781156104ac578461047f565b5050508181166105ab565b815f036104c85783925050506105ab565b808210156104d557929392905b627fffff8083169290821691601791821c911c5f8290036104f95760019150610502565b62800000841793505b805f036105115750600161051a565b62800000831792505b600893841b939290921b91808203602881111561053a576001935061055b565b801561055b5783811c935f196001831b01168015610559576001851794505b505b5f6380000000888a18165f03610574575084840161058e565b8486039050805f0361058e575f96505050505050506105ab565b6105a263800000008a16609e860383610fde565b96505050505050505b92915050565b5f6103fa8363800000008418610401565b5f637fffffff838116908316838518638000000016637f8000008311806105ec5750637f80000082115b1561060057637fc0000093505050506105ab565b637f8000008314806106155750637f80000082145b1561064957821580610625575081155b1561063957637fc0000093505050506105ab565b637f8000001792506105ab915050565b821580610654575081155b156106635792506105ab915050565b627fffff8084169390831692601791821c911c5f8290036106875760019150610690565b62800000851794505b805f0361069f575060016106a8565b62800000841793505b6106bb8361012c83850103868802610fde565b98975050505050505050565b5f637fffffff838116908316838518638000000016637f8000008311806106f15750637f80000082115b1561070557637fc0000093505050506105ab565b637f800000830361073757637f800000821461072757637f800000811761072d565b637fc000005b93505050506105ab565b637f800000820361074c5792506105ab915050565b815f0361076557821561072757637f800000811761072d565b825f036107765792506105ab915050565b627fffff8084169390831692601791821c911c5f82900361079a57600191506107a3565b62800000851794505b805f036107b2575060016107bb565b62800000841793505b604085901b5f8582816107d0576107d061137d565b049050600181901b8683816107e7576107e761137d565b06156107f1576001175b6108018660418688030383610fde565b9b9a5050505050505050505050565b5f637fffffff8216637f8000008111156108305750637fc0000092915050565b805f0361083e575090919050565b63800000008316156108565750637fc0000092915050565b637f8000008103610868575090919050565b627fffff81169060171c5f8190036108825750600161088b565b62800000821791505b609519810160018116156108a45760019290921b915f19015b606483901b5f6108b38261109c565b9050600181901b81800283146108c7576001175b6106bb5f600160026063198801050383610fde565b5f637f800000637fffffff841611806108fe5750637f800000637fffffff8316115b1561090a57505f6105ab565b61091382611115565b61091c84611115565b129392505050565b5f637f800000637fffffff841611806109465750637f800000637fffffff8316115b1561095257505f6105ab565b61095b82611115565b61096484611115565b13159392505050565b5f637f800000637fffffff8416118061098f5750637f800000637fffffff8316115b1561099b57505f6105ab565b6109a482611115565b6109ad84611115565b149392505050565b5f637f800000637fffffff841611806109d75750637f800000637fffffff8316115b156109e75750637fc000006105ab565b6109f082611115565b6109f984611115565b12610a0457816103fa565b5090919050565b5f637f800000637fffffff84161180610a2d5750637f800000637fffffff8316115b15610a3d5750637fc000006105ab565b610a4682611115565b610a4f84611115565b13610a0457816103fa565b5f637f800000637fffffff83161115610a785750637fc00000919050565b610a866342b17218836108dc565b15610a965750637f800000919050565b610aa48263c2cff1b56108dc565b15610ab057505f919050565b5f610ad9610acf610ac585633fb8aa3b6105c2565b634b400000610401565b634b4000006105b1565b90505f610b04610af685610af185633f3180006105c2565b6105b1565b610af18463b95e80836105c2565b90505f610b22610b18836339500d016105c2565b633ab60b61610401565b9050610b3b610b3183836105c2565b633c088889610401565b9050610b54610b4a83836105c2565b633d2aaaab610401565b9050610b6d610b6383836105c2565b633e2aaaab610401565b9050610b86610b7c83836105c2565b633f000000610401565b9050610b9f610b9583836105c2565b633f800000610401565b9050610bae610b9583836105c2565b90505f610bba84611139565b9050607f811315610bf857610bee610bdb83610bd6607f61118d565b6105c2565b610bd6610be9607f856113f6565b61118d565b9695505050505050565b607d19811215610c2257610bee610c1783610bd6610be985604061141c565b610bd6603f1961118d565b610bee82610bd68361118d565b5f637f800000637fffffff83161115610c4d5750637fc00000919050565b637fffffff82165f03610c65575063ff800000919050565b6380000000821615610c7c5750637fc00000919050565b637f8000008203610c8b575090565b5f62800000831015610cad57610ca583634b8000006105c2565b925060171990505b610cbc607f601785901c6113f6565b610cc6908261141c565b9050627fffff8316633f80000017610ce2633fb504f3826108dc565b15610d0557610cf581633f0000006105c2565b9050610d0260018361141c565b91505b5f610d2a610d1783633f8000006105b1565b610d2584633f800000610401565b6106c7565b90505f610d3782836105c2565b90505f610d55610d4b83633dba2e8c6105c2565b633de38e39610401565b9050610d6e610d6483836105c2565b633e124925610401565b9050610d87610d7d83836105c2565b633e4ccccd610401565b9050610da0610d9683836105c2565b633eaaaaab610401565b90505f610dad8485610401565b90505f610dcc82610dc7610dc185886105c2565b866105c2565b610401565b90505f610dd8886111a3565b9050610dfd610deb82633f3180006105c2565b610dc784610dc78563b95e80836105c2565b9a9950505050505050505050565b5f637f800000637fffffff83161115610e295750637fc00000919050565b637fffffff82165f819003610e3f575090919050565b610e4d81633ecccccd6108dc565b15610f01575f610e5d84856105c2565b90505f610e7b610e7183633b6b69e86105c2565b633c11371b6105b1565b9050610e94610e8a83836105c2565b633cb327a4610401565b9050610ead610ea383836105c2565b633d5d0dd16105b1565b9050610ec6610ebc83836105c2565b633e088889610401565b9050610edf610ed583836105c2565b633eaaaaab6105b1565b9050610ef885610dc7610ef288866105c2565b846105c2565b95945050505050565b633f800000610f148263411000006108dc565b15610f4157610f3e633f800000610af16340000000610d25610b95610f398889610401565b610a5a565b90505b638000000084165f03610f545780610f5c565b638000000081185b949350505050565b5f637f800000637fffffff83161115610f825750637fc00000919050565b6380000000821615801590610f9c5750637fffffff821615155b15610fbf575f610fab83610a5a565b90506103fa81610d25633f80000084610401565b6105ab633f800000610d25633f800000610dc763800000008718610a5a565b5f5f610fe983611223565b90506017198482010160941981121561100157506094195b5f858213611015575080850384901b611069565b85820360a0811115611029575f9150611067565b85811c91505f19600180831b820188169183011b80821180611058575080821480156110585750836001166001145b15611064576001840193505b50505b505b6095820160171b8101637f800000811061108f57637f80000088179450505050506103fa565b9096179695505050505050565b5f815f036110ab57505f919050565b60026110b683611223565b600101816110c6576110c661137d565b046001901b90505f60018284816110df576110df61137d565b048301901c90505b8181101561110f5780915060018284816111035761110361137d565b048301901c90506110e7565b50919050565b5f637fffffff821663800000008316820361113057806103fa565b6103fa81611443565b5f637fffffff821680820361115057505f92915050565b601781901c62800000627fffff83161761116b82609661145d565b81901c9350638000000085161561118557610ef884611443565b505050919050565b5f601761119b83607f61141c565b901b92915050565b5f815f036111b257505f919050565b5f82818112156111cf57638000000091506111cc84611443565b90505b5f5b6111dc816001611470565b82901c156111f4576111ed81611483565b90506111d1565b6111ff81601761145d565b82901b627fffff16601761121483607f611470565b901b8417179350505050919050565b5f608082901c1561123657608091821c91015b604082901c1561124857604091821c91015b602082901c1561125a57602091821c91015b601082901c1561126c57601091821c91015b600882901c1561127e57600891821c91015b600482901c1561129057600491821c91015b600282901c156112a257600291821c91015b600182901c156112b457600191821c91015b81156112be576001015b919050565b5f5f5f604084860312156112d5575f5ffd5b833560ff811681146112e5575f5ffd5b9250602084013567ffffffffffffffff811115611300575f5ffd5b8401601f81018613611310575f5ffd5b803567ffffffffffffffff811115611326575f5ffd5b866020828401011115611337575f5ffd5b939660209190910195509293505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b634e487b7160e01b5f52601260045260245ffd5b5f8261139f5761139f61137d565b500690565b634e487b7160e01b5f52601160045260245ffd5b5f826113c6576113c661137d565b500490565b80820281158282048414176105ab576105ab6113a4565b634e487b7160e01b5f52604160045260245ffd5b8181035f831280158383131683831282161715611415576114156113a4565b5092915050565b8082018281125f83128015821682158216171561143b5761143b6113a4565b505092915050565b5f600160ff1b8201611457576114576113a4565b505f0390565b818103818111156105ab576105ab6113a4565b808201808211156105ab576105ab6113a4565b5f60018201611494576114946113a4565b506001019056",
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

// PackOPEXP is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x280735dc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function OP_EXP() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) PackOPEXP() []byte {
	enc, err := softFloatHarness.abi.Pack("OP_EXP")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOPEXP is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x280735dc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function OP_EXP() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) TryPackOPEXP() ([]byte, error) {
	return softFloatHarness.abi.Pack("OP_EXP")
}

// UnpackOPEXP is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x280735dc.
//
// Solidity: function OP_EXP() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) UnpackOPEXP(data []byte) (uint8, error) {
	out, err := softFloatHarness.abi.Unpack("OP_EXP", data)
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

// PackOPLOG is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x39f22cb5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function OP_LOG() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) PackOPLOG() []byte {
	enc, err := softFloatHarness.abi.Pack("OP_LOG")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOPLOG is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x39f22cb5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function OP_LOG() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) TryPackOPLOG() ([]byte, error) {
	return softFloatHarness.abi.Pack("OP_LOG")
}

// UnpackOPLOG is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x39f22cb5.
//
// Solidity: function OP_LOG() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) UnpackOPLOG(data []byte) (uint8, error) {
	out, err := softFloatHarness.abi.Unpack("OP_LOG", data)
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

// PackOPSIGMOID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc1afbaf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function OP_SIGMOID() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) PackOPSIGMOID() []byte {
	enc, err := softFloatHarness.abi.Pack("OP_SIGMOID")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOPSIGMOID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc1afbaf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function OP_SIGMOID() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) TryPackOPSIGMOID() ([]byte, error) {
	return softFloatHarness.abi.Pack("OP_SIGMOID")
}

// UnpackOPSIGMOID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcc1afbaf.
//
// Solidity: function OP_SIGMOID() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) UnpackOPSIGMOID(data []byte) (uint8, error) {
	out, err := softFloatHarness.abi.Unpack("OP_SIGMOID", data)
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

// PackOPTANH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x74353843.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function OP_TANH() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) PackOPTANH() []byte {
	enc, err := softFloatHarness.abi.Pack("OP_TANH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOPTANH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x74353843.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function OP_TANH() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) TryPackOPTANH() ([]byte, error) {
	return softFloatHarness.abi.Pack("OP_TANH")
}

// UnpackOPTANH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x74353843.
//
// Solidity: function OP_TANH() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) UnpackOPTANH(data []byte) (uint8, error) {
	out, err := softFloatHarness.abi.Unpack("OP_TANH", data)
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
