#!/usr/bin/env python3
"""Independent check of vectors.json: a from-the-spec pure-Python keccak256
and docs/PROTOCOL.md section 1 recomputed without any Go code.

Run: python3 verify/testdata/check_vectors.py  (no dependencies)
"""
import json, os, struct
RC=[0x0000000000000001,0x0000000000008082,0x800000000000808A,0x8000000080008000,0x000000000000808B,0x0000000080000001,0x8000000080008081,0x8000000000008009,0x000000000000008A,0x0000000000000088,0x0000000080008009,0x000000008000000A,0x000000008000808B,0x800000000000008B,0x8000000000008089,0x8000000000008003,0x8000000000008002,0x8000000000000080,0x000000000000800A,0x800000008000000A,0x8000000080008081,0x8000000000008080,0x0000000080000001,0x8000000080008008]
R=[[0,36,3,41,18],[1,44,10,45,2],[62,6,43,15,61],[28,55,25,21,56],[27,20,39,8,14]]
M=(1<<64)-1
def rol(x,n): return ((x<<n)|(x>>(64-n)))&M if n else x
def f(A):
    for rc in RC:
        C=[A[x][0]^A[x][1]^A[x][2]^A[x][3]^A[x][4] for x in range(5)]
        D=[C[(x-1)%5]^rol(C[(x+1)%5],1) for x in range(5)]
        A=[[A[x][y]^D[x] for y in range(5)] for x in range(5)]
        B=[[0]*5 for _ in range(5)]
        for x in range(5):
            for y in range(5):
                B[y][(2*x+3*y)%5]=rol(A[x][y],R[x][y])
        A=[[B[x][y]^((~B[(x+1)%5][y])&B[(x+2)%5][y]) for y in range(5)] for x in range(5)]
        A[0][0]^=rc
    return A
def keccak(data):
    rate=136
    p=bytearray(data)+b'\x01'
    while len(p)%rate: p+=b'\x00'
    p[-1]|=0x80
    A=[[0]*5 for _ in range(5)]
    for off in range(0,len(p),rate):
        blk=p[off:off+rate]
        for i in range(rate//8):
            x,y=i%5,i//5
            A[x][y]^=int.from_bytes(blk[8*i:8*i+8],'little')
        A=f(A)
    out=b''
    for i in range(4):
        out+=A[i%5][i//5].to_bytes(8,'little')
    return out
assert keccak(b'').hex()=='c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470'
v=json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'vectors.json')))
def h(x): return bytes.fromhex(x[2:])
def fold(prefix, leaves):
    if not leaves: return b'\0'*32
    n=1
    while n<len(leaves): n*=2
    lv=leaves+[b'\0'*32]*(n-len(leaves))
    while len(lv)>1:
        lv=[keccak(bytes([prefix])+lv[2*i]+lv[2*i+1]) for i in range(len(lv)//2)]
    return lv[0]
for t in v['tensors']:
    data=b''.join(struct.pack('<I',int(b,16)) for b in t['bits'])
    leaves=[]
    for o in range(0,len(data),256):
        c=data[o:o+256]; c+=b'\0'*(256-len(c))
        leaves.append(keccak(b'\0'+c))
    assert [l.hex() for l in leaves]==[x[2:] for x in t['leaves']], t['name']
    dr=fold(1,leaves)
    assert dr==h(t['dataRoot']), t['name']
    tr=keccak(b'\x02'+bytes([len(t['shape'])])+b''.join(struct.pack('>I',d) for d in t['shape'])+dr)
    assert tr==h(t['tensorRoot']), t['name']
    print('ok', t['name'])
def rec(r):
    assert keccak(b'\x10'+bytes.fromhex(r['bytes']))==h(r['hash'])
rec(v['record']); print('ok record')
hs=[]
for r in v['step']['records']:
    rec(r); hs.append(h(r['hash']))
sr=keccak(b'\x12'+struct.pack('>I',len(hs))+fold(0x11,hs))
assert sr==h(v['step']['stepRoot']); print('ok step')
sr=[h(x) for x in v['contribution']['stepRoots']]
assert keccak(b'\x13'+struct.pack('>I',len(sr))+fold(0x11,sr))==h(v['contribution']['root']); print('ok contribution')
v2=v['v2']
roots={t['name']:h(t['tensorRoot']) for t in v['tensors']}
def named(nv):
    if nv['tensor'] in roots: assert roots[nv['tensor']]==h(nv['tensorRoot']), nv['name']
    l=keccak(b'\x14'+keccak(nv['name'].encode())+h(nv['tensorRoot']))
    assert l==h(nv['leaf']), nv['name']; return l
def counted(p, leaves): return keccak(bytes([p])+struct.pack('>I',len(leaves))+fold(0x11,leaves))
assert counted(0x15,[named(x) for x in v2['modelState']])==h(v2['modelStateRoot']); print('ok model state root')
assert counted(0x15,[named(x) for x in v2['group']])==h(v2['groupRoot']); print('ok group root')
ml=[keccak(b'\x17'+h(p)+h(v2['groupRoot'])) for p in v2['payloadRoots']]
assert ml==[h(x) for x in v2['manifestLeaves']] and counted(0x16,ml)==h(v2['batchRoot']); print('ok batch root')
sl=[keccak(b'\x19'+bytes.fromhex(s['preimage'])) for s in v2['skeleton']]
assert sl==[h(s['leaf']) for s in v2['skeleton']] and counted(0x1A,sl)==h(v2['skeletonRoot']); print('ok skeleton root')
assert counted(0x13,[h(x) for x in v2['stepRoots']])==h(v2['traceRoot']); print('ok trace root')
k=keccak(b'apiary/philox/v1'+h(v2['run'])+bytes.fromhex(v2['address'][2:]))
assert int.from_bytes(k[:8],'big')==int(v2['runKey']) and int.from_bytes(k[8:16],'big')==int(v2['peerKey']); print('ok philox keys')
