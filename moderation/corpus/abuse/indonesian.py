"""Indonesian part of the abuse classifier's written corpus (with the English code-switching
Indonesian readers use), for comments under news articles and on social media.

Every text is composed here from hand-written fragments: slot lists (`[name]` blocks below) and
templates that refer to them with `{name}`; `{a|b|}` picks one of the inline alternatives and a
line `~` in a list is the empty string. Both classes draw on the same topics, openers, endings
and noise (slang spelling and abbreviations, stretched letters, emoji, mentions, "RT", hashtags,
short links, run-ons, shouting), so what separates them is the abusive wording, not the subject
or the tweet-like surface. Label 1 rows are insults, profanity, hate against groups, threats and
harassment; label 0 rows are ordinary comments and hard negatives (harsh but civil criticism,
political demands and criticism of named public figures and parties without insults, corruption
and crime reporting, slurs and blasphemy cases as a topic, firm replies to another reader,
animals named literally, disability stated respectfully, "gila" as praise, and so on). A word
that can be either (tikus, kambing, cacat, najis, budak, antek, PKI) gets hard negatives of its
own, so the model learns it in context; a word that is only ever an insult (budek, picek, tolol)
stays in label 1.

`rows(rng)` is deterministic for a given `random.Random`; run the module for a self-check.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from typing import NamedTuple


class Row(NamedTuple):
    text: str
    label: int  # 1 = abusive, 0 = not abusive
    category: str  # label 1: insult, profanity, group, threat, harassment; 0: ordinary, hard


# --------------------------------------------------------------------------------------------
# Shared fragments: both classes use these.
# --------------------------------------------------------------------------------------------

_SHARED = """
[pp]
~
~
~
~
~
~
sih
dong
deh
lah
tuh
ya
loh
nih
bro
gan
min
bang
cuy
kak
wkwk
wkwkwk
haha
hadeh
euy
coy
sis
om
ges

[bgt]
banget
banget
bgt
bgt
bngt
bener
parah
pol
sekali
abis
amat
bet
~

[me]
saya
gw
gw
gue
aku
sy
gua
ane
awak

[you]
lu
lu
lo
lo
loe
elu
elo
kamu
km
kau
situ
ente
anda
u
luh
kalian
lu pada

[min]
min
mimin
admin
redaksi
bang
gan
kak
pak
bu
om
mas
mbak

[mention]
USER
USER
USER
USER
@budi_s
@rina88
@andi.pratama
@dewi_ls
@agus123
@kang_ujang
@mas_tono
@sari.ayu
@bang_jago
@fajar_id
@yudiii
@siti_nur
@rizky_ff
@wawan_tkj
@putri.cans
@ucok_mdn
@beni_bola
@gilang.rmd
@nama
@joni_ganteng
@tiara.ps
@hendra_77
@doni.jkt
@lina_sby
@rendi_bks
@nurul.hdy
@kevin_ptk
@emak_rempong
@ardi.smg
@cak_mamat
@uda_rajo
@ipul_ganteng
@dimas_r
@wulan.sari
@ahmad_fz
@tukang_nyimak
@warga_plus62
@anak_rantau
@mbak_rere
@pakde_harno

[fname]
Budi
Andi
Rina
Agus
Sari
Fajar
Yudi
Tono
Siti
Rizky
Wawan
Putri
Ucok
Beni
Gilang
Dedi
Rudi
Eko
Joni
Asep
Ujang
Nanda
Tiara
Indah
Hendra
Doni
Bayu
Reza
Lina
Yanti

[city]
Jakarta
Jakarta
Bekasi
Depok
Bogor
Tangerang
Bandung
Surabaya
Semarang
Jogja
Solo
Malang
Medan
Makassar
Palembang
Pekanbaru
Padang
Pontianak
Banjarmasin
Samarinda
Balikpapan
Manado
Denpasar
Mataram
Kupang
Jayapura
Ambon
Lampung
Cirebon
Tasik
Garut
Sidoarjo
Kediri
Purwokerto

[team]
Persija
Persib
Arema
Persebaya
PSM
PSIS
Bali United
Persik
PSS
MU
Madrid
Barca
timnas

[tol]
Cikampek
Jagorawi
Cipularang
dalam kota
JORR
Trans Jawa
Cipali

[road]
Sudirman
Gatot Subroto
Daan Mogot
Kalimalang
Pantura
Margonda
Ahmad Yani
Raya Bogor
lingkar luar

[office]
kementerian
DPR
Senayan
pemda
pemkot
kelurahan
PSSI
PLN
kantor pajak
balai kota
istana
dinas pendidikan
dinas PU
KPU

[topic]
harga beras
harga cabai
harga telur
harga BBM
kenaikan PPN
pajak kendaraan
tilang elektronik
tarif tol
KRL
TransJakarta
MRT
kereta cepat
IKN
pemilu
pilkada
kabinet baru
timnas
Liga 1
naturalisasi pemain
BPJS Kesehatan
makan bergizi gratis
kurikulum baru
zonasi PPDB
UKT
tarif ojol
judi online
pinjol
harga emas
nilai rupiah
PHK massal
mudik lebaran
tiket pesawat
polusi udara
sampah plastik
kebocoran data pribadi
listrik padam
gas elpiji 3 kilo
minyak goreng
kuota haji
THR
KPK
kasus korupsi
tambang nikel
parkir liar
pungli
demo mahasiswa
RUU penyiaran
UMR
tapera
bansos
subsidi listrik
harga rumah
KPR
internet desa
banjir rob
kebakaran hutan
TikTok Shop
QRIS
impor beras
pupuk subsidi
guru honorer
tes CPNS
SIM online
e-KTP
ganjil genap
jalan rusak
trotoar
angkot

[topic_clause]
harga beras naik lagi
cabai di pasar udah 80 ribu sekilo
jalan depan rumah bolong lagi padahal baru diaspal
KRL telat lagi pagi ini
timnas kalah lagi semalam
listrik padam dari sore
tilang elektronik mulai berlaku minggu depan
UKT naik hampir dua kali lipat
banjir lagi di {city}
sinyal ilang terus dari kemarin
tarif ojol naik lagi
antrean BPJS dari subuh
macet parah di tol {tol}
tiket pesawat mahal banget pas libur
gas melon langka di warung
harga BBM katanya mau naik
data pribadi bocor lagi
pajak naik terus tapi jalan tetep rusak
lowongan kerja susah banget sekarang
PHK di pabrik sebelah makin banyak
air PDAM mati dua hari
sekolah anak minta iuran lagi
proyek jalan di {city} mangkrak
angkot makin jarang lewat
parkir di minimarket sekarang bayar
polusi hari ini parah banget
harga rumah makin gak masuk akal
gaji segitu-gitu aja dari tahun lalu
wasitnya kasih penalti aneh
pemainnya kelihatan capek semua
sidangnya ditunda lagi
koruptornya cuma divonis dua tahun
janji kampanye belum ada yang jalan
bansos telat cair lagi
pupuk subsidi susah dicari
harga minyak goreng naik lagi
aplikasi pemerintah error terus
antre SIM dari pagi belum selesai
jalanan di kampung gelap gak ada lampu
kereta cepatnya sepi penumpang
tiap hujan dikit langsung banjir
harga emas tembus rekor
rupiah melemah lagi
website kampus down pas pengumuman
pengumuman CPNS diundur lagi
kuota haji nunggu puluhan tahun
jalur sepeda dipake parkir mobil
tarif tol naik lagi
paket gw nyasar ke kecamatan sebelah
ojol susah dapet kalo hujan

[critique]
kerjanya cuma tidur pas rapat
ngomongnya gak pernah pake data
janji doang gak ada buktinya
tiap ngomong bikin malu
bikin kebijakan asal-asalan
gak ngerti kondisi di lapangan
cuma bisa pencitraan
ngurus {topic} aja gak becus
dari dulu gitu-gitu aja
anggaran habis tapi hasilnya nol
rakyat disuruh hemat tapi mereka foya-foya
masalah {topic} dibiarin bertahun-tahun
dikritik dikit langsung lapor polisi
judul sama isi beda jauh
beritanya gak cover both sides
datanya salah semua
cuma copas rilis pemerintah
gak pernah turun ke lapangan
mikirin kursi doang
proyeknya mangkrak semua
lebih sibuk main medsos daripada kerja
soal {topic} cuma ngeles terus

[reason]
datanya belum jelas
masih banyak warga yang belum tahu aturannya
sosialisasinya kurang
yang kena dampak paling besar rakyat kecil
anggarannya lebih baik dipakai buat {topic}
di daerah kondisinya beda sama di Jakarta
pengalaman {me} sendiri beda
kebijakan serupa dulu juga gagal
belum ada kajian yang jelas
harusnya dibahas dulu sama warga
harga kebutuhan pokok lagi naik
infrastrukturnya belum siap
transportasi umum di {city} masih kurang
gak semua orang punya akses internet
yang penting pengawasannya
angka di beritanya beda sama data BPS
{who} yang paling kena imbasnya

[who]
ojol
guru honorer
pedagang kecil
petani
nelayan
mahasiswa
pensiunan
pekerja kontrak
UMKM
pelajar
ibu rumah tangga
warga desa
sopir angkot
buruh pabrik
karyawan swasta
freelancer

[pub]
pak menteri
bu menteri
menterinya
gubernurnya
bupati itu
walikota kita
anggota dewan itu
para anggota DPR
pejabat itu
si pejabat
ketua partai itu
kapolresnya
pak kades
lurahnya
wasitnya
wasit tadi
pelatih timnas
ketum PSSI
direksi PLN
bos BUMN itu
jubir istana
artis itu
selebgram itu
youtuber itu
si influencer
komisaris itu
anak pejabat itu
caleg itu
paslon itu
buzzer-buzzer itu

[writer]
penulisnya
wartawannya
penulis artikel ini
redaksinya
mimin
admin
editornya
yang bikin judul
media ini
portal berita ini

[commenter]
yang komen di atas
komentator di atas
yang komen paling atas
akun ini
netizen di sini
yang nulis komen ini
orang-orang di kolom komen
{mention}

[target3]
{pub}
{pub}
{writer}
{commenter}

[pre]
baru baca beritanya.
abis baca artikelnya.
udah baca sampe abis.
jujur ya,
sumpah,
serius nanya,
gak habis pikir,
udah kuduga sih.
pagi-pagi udah baca berita begini.
di grup WA keluarga juga lagi rame.
kemarin {me} liat sendiri di {city}.
dari kemarin rame soal {topic}.
btw,
honestly,
lah,
woy,
hmm,
nah kan,
tuh kan,
astaga,
ya ampun,
waduh,
aduh,
jadi gini,
{mention}
{mention}
ini beneran?
lagi-lagi soal {topic}.
tiap buka berita isinya ini terus.
baru pulang kerja langsung baca ini.
tadi nonton videonya di TikTok.
numpang lewat.
first!
up.
nyimak dulu.
ikut nimbrung ya.
baru liat di timeline.
rame di X dari pagi.
lewat FYP.
cc {mention}
ini nih,
yaelah,
buset,
weh,
lho,
duh,
eh,

[post]
udah itu aja.
sekian.
cuma mau bilang itu.
no debat.
fix.
beneran deh.
serius.
titik.
prove me wrong.
kita liat aja nanti.
ntar juga lupa.
nanti juga viral.
yang setuju like.
capek {me}.
tiap hari gini terus.
semoga admin baca.
tolong diviralkan.
cmiiw.
imho.
just saying.
wkwk
hadeh.
salam dari {city}.
RT kalo setuju.
cc {mention}
up.
maap kalo keras.
setuju gak?
bener gak sih?
gitu aja sih.
nah loh.
ckckck.

"""

# --------------------------------------------------------------------------------------------
# Abusive fragments (label 1).
# --------------------------------------------------------------------------------------------

_ABUSE_WORDS = """
[ins_core]
goblok
goblok
goblok
goblog
gblk
tolol
tolol
tlol
bego
bego
bodoh
bodoh
bodo
idiot
idiot
dungu
dungu
bebal
bloon
oon
geblek
sinting
edan
sableng
lemot
pekok
telmi
pandir
dongo
dodol
bahlul
koplak
pea
kampungan
gila
sarap
udik
ndeso
norak
katrok
tulul
gblg
gobloq
guoblok
dongok
begok
lola
songong

[ins_phrase]
gak punya otak
gak ada otak
otak udang
otak dengkul
otak kosong
IQ jongkok
bego akut
tolol permanen
goblok stadium empat
bodoh gak ketolong
idiot tingkat dewa
otak kerupuk
otak keong
otak ayam
otak cacat
IQ 200 sekolam
IQ di bawah suhu ruangan
gak ada akhlak

[ins_adj]
{ins_core}
{ins_core}
{ins_core}
{ins_phrase}

[ins_noun]
goblok
goblok
tolol
tolol
idiot
sampah
sampah
bajingan
brengsek
kampret
bangsat
bangsat
keparat
kunyuk
monyet
babi
anjing
anjing
bangke
bedebah
cecunguk
begundal
badut
pecundang
penjilat
parasit
benalu
tikus got
kecoa
cacing
otak udang
manusia sampah
sampah masyarakat
beban negara
beban keluarga
manusia gak guna
orang gila
bocah tolol
bocil goblok
kutu kupret
sontoloyo
bahlul
dongo
kambing congek
kerbau dicucuk hidungnya
sialan
kerbau
keledai
kambing
bangkai
jahanam
kampang
pantek
kimak
jembut
titit
tikus berdasi
pengkhianat bangsa
antek asing
budak asing
budak cukong
kacung
jongos
munafik
banci
bencong
orang udik
wong ndeso
kampungan
katrok
anak haram
bocah ingusan
setan alas
lintah darat
ular
gblg
tulul
dongok

[ins_noun2]
bangsat
tolol
goblok
sialan
bajingan
kampret
babi
anjing
brengsek
keparat
tai
kunyuk
bedebah
kampang
pantek
jembut
bangke

[ins_group]
orang-orang {ins_core}
para {ins_noun}
gerombolan {ins_noun}
kumpulan {ins_noun}
sekumpulan orang {ins_core}
isinya {ins_noun} semua

[ins_formal]
bodoh
dungu
tolol
bebal
picik dan bodoh
tidak berotak
biadab
tidak tahu diri
bermental sampah
bodoh luar biasa

[ins_en]
stupid
dumb
idiot
moron
brainless
clown
loser
trash

[ins_en2]
brainless
a clown
trash
a moron
so dumb
a loser

[ins_animal]
udang
ayam
kadal
kerbau
keledai
monyet
cacing
keong
kambing
tikus

[brain_fill]
udang semua
kosong melompong
air comberan
sampah doang
micin doang
tai
angin doang
lumpur
kerupuk doang
gosip artis doang
hoax semua
dengkul semua
sinetron doang

[worthless]
gak guna
gak berguna
gak ada gunanya
cuma nyampah di sini
cuma jadi beban
gak ada harganya
lebih rendah dari sampah
cuma bikin malu keluarga
cuma numpang napas
hidup {you} gak ada artinya

[advice_rude]
mending tutup mulut
diem aja deh
gak usah komen lagi
balik sekolah sana
belajar baca dulu
matiin HP terus tidur
sana main layangan aja
jangan nyampah di sini
pergi sana
uninstall aja internetnya
tutup tuh bacot
mingkem aja
tutup cocot {you}
jaga tuh congor
sekolah lagi sana
balik ke goa sana

[wtf_reason]
baca dulu sebelum komen
gak ngerti konteks
ngomong gak pake data
komen asal jeplak
dikasih data malah ngeyel
dari tadi ngomongnya muter-muter
gak bisa bedain opini sama fakta
jelas-jelas beritanya bilang sebaliknya
udah dijelasin berkali-kali masih gak paham
dibilangin gak denger
jawabannya jelas-jelas ada di paragraf pertama
sumbernya dari grup WA doang

[wtf_reason_formal]
Anda tidak membaca beritanya sampai selesai
Anda tidak paham konteks
Anda berbicara tanpa data
komentar Anda tidak ada isinya

[ins_animal_p]
kerbau
kerbau
keledai
keledai
kambing
monyet
monyet
babi
anjing
kunyuk
tikus
kecoa
cacing
ular
lintah
babi ngepet
anjing kurap
kambing congek

[ins_sense]
budek
budek
picek
bolot
cacat
cacat mental
budek permanen

[mouth_rude]
bacot
bacot
bacod
bct
cocot
congor
cangkem
moncong

[mouth_fill]
kayak comberan
bau got
kayak tong sampah
kayak ember bocor
kayak knalpot racing
busuk
isinya fitnah doang
gak ada remnya
lebih bau dari tai
kayak sampah

[jv_insult]
ndasmu
matamu
raimu
cangkemmu
cocotmu
utekmu
ndasmu kuwi
raimu elek

[ins_char]
sok suci
sok pinter
sok alim
sok paling bener
sok jagoan
munafik
bermuka dua
cari muka
pengecut

[char_tail]
kelakuan aslinya busuk
di depan ceramah, di belakang nipu
ngaca dulu sana
semua orang juga tau belang {you}
ngomongnya agama tapi kelakuan kayak setan
beraninya cuma di kolom komen
kemarin ngomong A sekarang B
tiap ada kamera langsung pasang muka baik

[ins_servile]
penjilat
penjilat penguasa
antek asing
antek aseng
budak asing
budak cukong
budak partai
kacung oligarki
jongos penguasa
anjing penguasa
pengkhianat bangsa
buzzer bayaran

[servile_tail]
dibayar berapa buat komen gitu
dikasih jabatan dikit langsung jilat
jual negara demi duit
bela tuan sampe buta
mulutnya disewa per jam
komennya copas dari grup buzzer

[slur_person]
banci
banci
bencong
maho
banci kaleng
bences

[najis_tail]
jijik gw liatnya
sana jauh-jauh
gak sudi gw satu server sama {you}
kelakuan kayak binatang
muka sama komen sama-sama busuk

[ins_waste]
sampah masyarakat
beban negara
beban keluarga
parasit
benalu
kecoa
tikus got
hama
manusia gak guna

[ins_tag]
#pejabattolol
#DPRbudek
#otakudang
#bebannegara
#tikusberdasi
#menteribodoh

[bad_habit]
tidur pas rapat
nambah utang
jalan-jalan ke luar negeri
ngabisin anggaran
ngomong ngawur di TV
selfie doang
bagi-bagi proyek ke keluarga

[swear]
anjing
anjing
anjing
anjg
anjeng
anjir
anjir
njing
njir
anjrit
anying
ajg
anjink
asu
asw
bangsat
bangsat
bangsad
bgst
bngst
bangke
babi
bbi
tai
taik
taek
tai anjing
kontol
kontol
kntl
kontl
memek
mmk
ngentot
ngentot
ngentod
ngntd
ngtd
jancuk
jancok
cuk
cok
dancuk
jembut
keparat
bajingan
kampret
setan
pantek
kimak
pukimak
bedebah
jahanam
ngehe
kampang
lancau
tempik
pepek
asyu
bgsd
anjrot
bangkek
jembud

[swear_b]
babi
anjing
bangsat
tai
kontol
asu
goblok
kampret
ngentot
memek
jancuk
keparat
bajingan

[shit]
tai
tai kucing
tahi
taik
taek
tai anjing
omong kosong
bullshit
sampah busuk

[swear_jv]
jancuk
jancok
dancuk
cuk
cok
asu
asu tenan
matamu
ndasmu
raimu
taek
celeng
bajingan

[jv_tail]
tenan
iki
kok yo ngene
rek
kon
awakmu
lek
ancene
ngono ae
ndlogok

[swear_sd]
anjing
goblog
kehed
belegug
bangsat
sia

[swear_en]
fuck
fck
fuk
shit
damn
wtf
fuck this
motherfucker
asshole

[swear_mdn]
kimak
pukimak
pantek
puki
bodat
cibai
kampang
lancau
bangkek
pepek

[bad_day]
motor mogok di jalan
dompet ketinggalan di rumah
kehujanan pas pulang kerja
gaji belum turun
kena tilang di lampu merah
hp jatuh ke got
paket nyasar lagi
kopi tumpah ke laptop
bos minta lembur lagi
kereta berhenti lama di Manggarai

[neutral_expect]
bakal menang
harganya turun
jalannya udah dibenerin
pejabatnya bakal mundur
beritanya penting
bakal ada solusi
listriknya udah nyala

[disappoint]
kalah telak
malah naik lagi
masih bolong
malah ketawa-ketawa
cuma clickbait
cuma omong kosong
padam lagi

[grp]
{grp_cn}
{grp_cn}
{grp_papua}
{grp_lgbt}
{grp_nonmus}
{grp_mus}
{ahmad}
{syiah}
{grp_migr}
orang {ethnic}

[grp_cn]
orang Cina
cina
Cina-Cina itu
etnis Cina
Tionghoa
orang Tionghoa
keturunan Cina
aseng

[slur_cn]
cina
cina babi
cina kafir
aseng
asing aseng
cokin
cino
sipit
cina komunis

[cn_hate]
makan babi, pantes otaknya duit doang
pulang sana ke RRC
cuma bisa nipu pribumi
jangan dikasih tanah di sini
kuasain ekonomi terus nindas pribumi
jangan dikasih jadi pejabat
semuanya antek komunis

[grp_papua]
orang Papua
warga Papua
orang timur
orang item dari timur

[slur_papua]
monyet
monyet hitam
primitif
manusia hutan
keriting bau

[expel_papua]
balik ke hutan sana
gak usah kuliah di sini
usir dari asrama
jangan dikasih kos
pulang ke pedalaman sana

[grp_lgbt]
LGBT
kaum LGBT
orang LGBT
kaum pelangi
homo
transgender
waria

[slur_lgbt]
bencong
banci
maho
homo
kaum sodom
bences

[grp_nonmus]
orang Kristen
kristen
nasrani
orang Katolik
orang Hindu
orang Buddha

[slur_rel]
kafir
kafir laknat
domba sesat
pemakan babi
kaum salib

[rel_tail]
neraka tempat kalian
jangan bangun gereja di sini
haram dikasih ucapan selamat
gak usah sok toleran
jangan tinggal di kampung muslim

[grp_mus]
orang Islam
muslim
kaum jenggot
kaum cingkrang
kaum sarungan

[slur_mus]
kadrun
onta
teroris
sumbu pendek
bani onta
kadal gurun
jenggot kambing

[mus_tail]
otaknya cuma ngebom
balik ke Arab sana
bikin rusuh tiap hari
mikirnya surga doang
isinya teroris semua

[ahmad]
Ahmadiyah
jemaat Ahmadiyah
orang Ahmadiyah

[syiah]
Syiah
orang Syiah
kaum Syiah

[grp_migr]
pengungsi Rohingya
Rohingya
imigran gelap
TKA Cina
pengungsi Afghanistan

[slur_migr]
dasar Rohingya gak tau diri
imigran sampah
pengungsi parasit
Rohingya tukang ngemis

[ethnic]
Madura
Batak
Jawa
Minang
Bugis
Ambon
Sunda
Betawi
Aceh
Dayak
Timor

[ethnic_slur]
jawa kolonial
batak kafir
madura tukang carok
padang pelit
ambon tukang pukul

[slur_any]
cina
aseng
kafir
kadrun
cebong
antek aseng
antek asing
PKI
komunis
antek yahudi
antek PKI
penista agama
kafir laknat
cina komunis
bani serbet
PKI gaya baru
keturunan PKI

[homeland]
RRC
Tiongkok
Arab
Myanmar
negara asal kalian
hutan
Afrika

[place]
Indonesia
negeri ini
kampung kita
kota ini
{city}
tanah air
sini
komplek ini
kampus ini
kantor ini
RT kami

[neg_trait]
licik
penipu
serakah
mata duitan
pengkhianat bangsa
suka bikin rusuh
otaknya cuma duit
gak bisa dipercaya
bau
kotor
pemalas
bikin onar
penyakit masyarakat
biang kerusuhan
jorok
kasar kayak binatang
gak punya adab
pencuri semua
bodoh semua

[dehum_noun]
hama
kecoa
tikus
virus
penyakit
sampah
binatang
parasit
kuman
benalu
anjing
babi
monyet
kotoran

[purge_call]
harus dibasmi
basmi sampai habis
usir dari kampung
jangan dikasih tempat
ganyang aja
sikat habis
bubarin paksa
musnahin aja
jangan dikasih hidup tenang
gak usah dikasih hak

[expel]
usir aja
pulang sana ke negaranya
deportasi semua
angkut pake kapal
gak usah dikasih KTP
cabut kewarganegaraannya
tendang keluar
jangan dikasih tinggal

[slur_pol]
cebong
cebong
kampret
kadrun
kadrun
cebonger
kampreter
buzzerRp
kaum nasbung
bani serbet
kaum sumbu pendek
kaum bumi datar
termul
kadal gurun
pasukan nasi bungkus
kaum kadrun
buzzer rupiah

[pol_tail]
bela junjungan sampe mati
dikasih nasi bungkus langsung nurut
otaknya dicuci
kerjanya nyebar hoax
gak bisa mikir sendiri
tiap hari ngemis proyek
IQ 200 sekolam
dikit-dikit bawa agama
dikit-dikit ngafirin orang
kerjanya cuma nyinyir
dibayar per komen
otaknya udah dijual ke partai
gak bisa bedain berita sama hoax

[accuse]
penista agama
penista agama
antek PKI
antek PKI
keturunan PKI
PKI gaya baru
antek asing
antek aseng
kafir laknat
cina komunis
antek Yahudi
agen komunis

[accuse_tail]
harus dibasmi dari negeri ini
pantesnya digantung di Monas
usir aja dari {place}
jangan dikasih hidup tenang
halal darahnya
gak pantes jadi warga negara
bikin negara ini hancur
mau jual negara ke {homeland}

[hate_tag]
#UsirCina
#KadrunBodoh
#CebongDungu
#TermulTolol
#GanyangPKI
#UsirAseng

[harm]
bacok
tusuk
gorok
hajar
gebukin
pukulin
tembak
bunuh
abisin
patahin tangan
matiin
tonjok
bikin cacat
cekik
injek
gampar
bantai
habisin
keroyok

[harm_imp]
bunuh
bacok
tusuk
gorok
bakar
gebukin
gantung
tembak
pukulin
hajar
seret
rajam
keroyok
habisi

[harm_pass]
dibunuh
dibacok
dibakar
digantung
ditembak
dihajar
digebukin
diseret ke jalan
dirajam
dikeroyok
dipenggal

[harm_result]
mampus
koma
masuk RS
gak bisa jalan
nangis minta ampun
gak bisa ngomong lagi
cacat seumur hidup
tinggal nama
patah semua
berdarah-darah

[threat_tail]
tunggu aja tanggal mainnya
siap-siap aja
jangan keluar rumah sendirian
bilangin keluarga {you} hati-hati
gw udah siapin golok
malam ini gw dateng
hari-hari {you} udah diitung
gak bakal aman lagi {you}

[threat_time]
malam ini
besok pagi
minggu depan
pas {you} pulang kerja
abis maghrib
pas {you} lengah

[weapon]
golok
celurit
parang
pisau
samurai
pistol rakitan
bensin sama korek
balok kayu
gir motor

[sex_verb]
ewe
entot
grepe
remes
kelonin
genjot
pake
tidurin

[sex_comment]
pengen liat yang lebih
yang gak pake baju dong
badan {you} bikin sange
mau gw ajak ngamar
kirim video yang biasa
pasti enak tuh
paha mulus gitu pasti sering dipake
bikin ngaceng aja

[sex_insult]
lonte
pelacur
perek
jablay
cabe-cabean
lonte murahan
sundal
bispak
cewek murahan
bitch
ayam kampus
simpenan om-om
pelakor
janda gatel

[fem_target]
mbak reporternya
presenter itu
artis itu
selebgram itu
cewek di video itu
istri pejabat itu
{mention}
mbak {fname}

[body_insult]
gendut
gembrot
cebol
pesek
tonggos
item dekil
kurus kering
buncit
jerawatan
muka jelek
kaki gajah
ikan buntal
gajah bengkak
botak licin
muka bopeng
cungkring
jenong
ompong
bau ketek
dekil

[ugly_obj]
pantat panci
kloset
aspal gosong
tembok retak
ban bocor
keset kaki
tempe bosok
jalan berlubang
gorengan basi
kain pel

[fat_obj]
babi
gajah
karung beras
kuda nil
drum minyak
paus terdampar

[activity]
joget di TikTok
pake baju ketat
live tiap malem
jadi presenter
tampil di TV
upload selfie

[bs_tail]
ngaca dulu sebelum posting
bikin sakit mata
malu-maluin
gak pantes tampil
pantes gak laku
jijik liatnya
kasian yang liat
bikin mual

[die_tail]
dunia jadi lebih baik
gak ada yang bakal nangis
nyusahin orang aja
oksigen kebuang percuma
keluarga {you} juga pasti lega
biar bumi bersih dikit

[curse]
mati ditabrak truk
kena kanker
mati kesetrum
kena azab
mati muda
gak bisa jalan lagi
sekeluarga kena musibah

[dox_detail]
jalan mawar nomor 12 kan
yang pagernya ijo
deket masjid di {city}
tinggal nunggu {you} keluar
nomor rumahnya udah gw foto
plat motornya juga gw catet

[dox_tail]
bentar lagi gw sebar
tinggal gw upload
mau gw pake buat pinjol
nanti semua orang tau muka {you}
"""

_ABUSE_TEMPLATES = """
[t_insult]
pelaku {crime} itu {ins_noun}, {crime_comment}
korban {crime} malah disalahin, {you} {ins_noun}
tersangkanya {ins_noun}, semoga {curse}
yang bikin kekerasan kayak gini cuma {ins_noun}
kebijakan {topic} ini jelas bikinan orang {ins_core}
setuju sama {commenter_n}, {pub} emang {ins_noun}
tolong {min}, hapus komen si {ins_noun} ini
warga udah capek sama {pub} {ins_core} ini
polisi {ins_core} semua, {critique}
rakyat disuruh sabar terus sama {ins_group}
korban kok disalahin, dasar {ins_noun}
kritik {you} gak mutu, {ins_noun}
{pub} {ins_core}, harus dicopot sekarang juga
pelaku sama yang belain sama-sama {ins_noun}
yang bilang {topic} berhasil itu {ins_core}, jelas-jelas gagal total
kecewa {bgt} sama {inst}, isinya orang {ins_core} semua
hebat ya {pub}, {ins_core} tapi digaji gede
wah prestasi, {pub} makin {ins_core} aja
harusnya {pub} {ins_adj} kayak gitu gak dipilih lagi
menurut {me} {you} {ins_noun}, gak usah tersinggung
alhamdulillah bukan {me} yang {ins_core} kayak {you}
ibu-ibu di grup aja lebih pinter dari {you}, {ins_noun}
{me} udah baca semua komen {you} dari kemarin dan sumpah isinya sampah semua, {you} tuh \
{ins_noun} yang cuma bisa nyinyir, mending tutup akun deh
{pub} ini dari awal udah kelihatan {ins_core}, janji soal {topic} gak ada yang ditepati, \
{critique}, terus pas dikritik malah ngeles. dasar {ins_noun}
Saya tidak habis pikir, bagaimana orang se{ins_formal} Anda bisa jadi {pub_role}.
{you} gak setuju boleh, tapi gak usah {ins_core} gitu dong
tiap ada berita {topic} pasti {you} nongol, {ins_noun}
dasar {ins_noun} {pp}
dasar {ins_noun} {pp}
dasar {you} {ins_noun}
dasar {ins_noun}, {wtf_reason}
{you} tuh {ins_adj} {bgt} {pp}
{you} {ins_adj} apa gimana {pp}
{you} itu {ins_core} atau pura-pura {ins_core}?
{ins_core} {bgt} {you}, {wtf_reason}
komen {you} {ins_adj} {bgt}, {advice_rude}
otak {you} ditaruh di mana sih? {ins_core} kok dipelihara
{ins_core} kok dipelihara {you}
baca dulu beritanya baru komen, {ins_noun}
{target3} {ins_adj} {bgt}, {critique}
{target3} emang {ins_noun}, {critique}
{pub} {ins_adj} semua, {critique}
ngomong sama {ins_noun} kayak {you} emang buang waktu
gini aja gak ngerti, {ins_adj} {bgt} {you}
jangan sok pinter deh {you}, {ins_noun}
{you} itu {ins_noun}, {worthless}
orang {ins_adj} kayak {you} mending gak usah ikut komen
{topic_clause}, yang ngurus emang {ins_group}
pantes {topic_clause}, pejabatnya aja {ins_adj} gitu
mikir pake dengkul ya {you}? {ins_core}
sumpah baru kali ini liat orang se-{ins_core} {you}
udah {ins_core}, sok tau lagi
kok ada ya manusia se{ins_core} ini
makan apa sih {you} bisa {ins_core} gitu
{writer} {ins_adj}, {critique}
judulnya clickbait, {writer} emang {ins_noun}
wasitnya {ins_noun}, mata ditaruh di dengkul
pemain kayak gitu dipanggil timnas? pelatihnya {ins_adj}
{mention} {ins_adj} {bgt} komennya
{mention} {you} tuh {ins_noun}, {advice_rude}
ngaca dulu {ins_noun}, {worthless}
pantesan negara gak maju-maju, isinya orang {ins_adj} kayak {you}
heh {ins_noun}, {advice_rude}
yang dukung {topic} pasti {ins_adj} semua
mana ada orang waras mikir gitu, {ins_core}
percuma sekolah tinggi kalo {ins_adj} kayak {you}
otak {you} isinya {brain_fill}
{you} lahir udah {ins_adj} ya?
anak SD aja ngerti, masa {you} kagak. {ins_core}
IQ {you} berapa sih? jongkok ya, {ins_noun}
{pub} itu {ins_noun} pake jas
emang {ins_core} ya {you}, dikasih tau ngeyel
mending diem deh daripada keliatan {ins_core}
{ins_noun} {you}
{ins_noun} {you} {pp}
{ins_noun} {ins_noun2} {you}
{you} {ins_noun} {pp}
{ins_core} {ins_core} {ins_core}
{you} {ins_core}
Penulis artikel ini benar-benar {ins_formal} dan tidak kompeten.
Anda ini {ins_formal} sekali, {wtf_reason_formal}.
Saudara {fname}, komentar Anda menunjukkan Anda orang {ins_formal}.
Bapak yang terhormat, Anda itu {ins_formal}, mundur saja.
{pub} {ins_formal}, tidak punya hati nurani
Komentator seperti Anda ini {ins_formal}, {wtf_reason_formal}.
{you} {ins_en} {bgt}, literally {ins_en2}
so {ins_en}, {you} {ins_core}
{ins_core} amat sih {you}, {ins_en} af
ya ampun {ins_core}nya kebangetan
{ins_core}nya gak ketolong {you}
komentar paling {ins_core} yang pernah {me} baca
{you} tuh contoh nyata manusia {ins_adj}
{ins_group} di {office} cuma bisa {bad_habit}
{topic_clause}. {ins_group} di {office} gak ada yang mikir
{ins_core}, {topic} aja gak paham
otak {ins_animal} kayak {you} gak usah bahas {topic}
{you} ngerti {topic} gak sih? {ins_core}
kalo gak ngerti {topic} diem aja {ins_noun}
dari semua komen di sini punya {you} yang paling {ins_core}
buka mulut aja udah keliatan {ins_core}nya
kasian ortu {you} punya anak {ins_adj} gini
{you} sama {pub} sama-sama {ins_adj}
fans {team} emang {ins_core} semua
suporter kayak gini {ins_noun} semua, {worthless}
{mention} si {ins_noun} ini lagi
{pub} {ins_noun}, {topic_clause} malah diem aja
yang bikin aturan {topic} ini {ins_adj}
{ins_noun} kayak {you} kok dikasih HP
{you} tuh {ins_noun} paling {ins_core} se-{city}
pantes {you} gak sukses, {ins_adj} gitu
kerjaan {pub} cuma {bad_habit}, dasar {ins_noun}
{me} kasih tau ya {ins_noun}, {wtf_reason}
dasar {ins_animal_p} {you}
dasar {ins_animal_p}, {wtf_reason}
{you} tuh {ins_animal_p}, {wtf_reason}
emang {ins_animal_p} {you}, {advice_rude}
muka {you} kayak {ins_animal_p}
muka {you} kayak {ins_animal_p}, kelakuan juga sama
kelakuan {you} kayak {ins_animal_p}
otak {you} otak {ins_animal_p}
dasar otak {ins_animal}
{pub} kayak {ins_animal_p}, disuruh kerja malah tidur
{ins_animal_p} lu
{ins_animal_p} {you} {pp}
{mention} {ins_animal_p}
{mouth_rude} {you} {mouth_fill}
{mouth_rude} {you} {mouth_fill}, {advice_rude}
mulut {you} {mouth_fill}
mulut {you} {mouth_fill}, {ins_noun}
tutup {mouth_rude} {you}, {wtf_reason}
jaga tuh {mouth_rude}, {ins_noun}
{bacot|bacod|cocot} doang gede, otaknya {brain_fill}
banyak {bacot|bacod|bct} {you}, kerja kagak
{bacot|bacod|bct}! {ins_core}
{mouth_rude} {you} {pp}
{jv_insult}, {wtf_reason}
{jv_insult}! ngomong kok ngawur
{jv_insult}, {ins_core} tenan kowe
kowe ki {ins_core} tenan, {jv_tail}
utekmu nang dengkul ya? {ins_core}
raimu kaya {ins_animal_p}
dasar wong ndeso, ra ngerti apa-apa
cangkemmu dijaga, {ins_noun}
{you} {ins_char} {bgt}, {char_tail}
gak usah {ins_char} deh {you}, {char_tail}
dasar {ins_char}, {char_tail}
{pub} emang {ins_char}, {char_tail}
{commenter} {ins_char}, {char_tail}
udah {ins_core}, {ins_char} lagi
gak usah sok pinter, {ins_noun}, {wtf_reason}
{you} tuh cuma {ins_servile}, {servile_tail}
dasar {ins_servile}, {servile_tail}
{commenter} pasti {ins_servile}, {servile_tail}
{pub} cuma {ins_servile}, {servile_tail}
anjir {you}, {wtf_reason}
anjir lu {ins_core} {bgt}
najis {you}, {najis_tail}
najis {bgt} liat komen {you}, {najis_tail}
najis gw sama orang kayak {you}
dasar {slur_person} {you}, beraninya di kolom komen doang
{slur_person} {you}, {advice_rude}
{you} {slur_person}, ketemu langsung pasti kabur
{slur_person} kok ikut komen soal {topic}
orang kayak {you} itu {ins_waste}, {worthless}
{you} tuh {ins_waste}, {worthless}
{ins_waste} kayak {you} mending {advice_rude}
{pub} tikus berdasi, {critique}
gerombolan tikus berdasi di {office} cuma bisa {bad_habit}
{you} cacat otak ya? {wtf_reason}
dasar {ins_sense}, {advice_rude}
{ins_sense} {you}, dibilangin dari tadi gak ngerti-ngerti
{mention} {ins_sense} lu
budek {you}? {wtf_reason}
picek ya mata {you}? beritanya jelas ditulis
wasitnya picek, jelas-jelas offside
{pub} budek, rakyat teriak gak didenger
dasar bolot, dari tadi dibilangin gak nyambung
{you} sarap ya? {wtf_reason}
norak {bgt} {you}, kampungan
dasar udik, baru liat MRT aja heboh
{you} ndeso {bgt}, {advice_rude}
katrok {bgt} {you}, gitu aja gak ngerti
{pub} {ins_core} {bgt} {ins_tag}
{topic_clause}, yg ngurus {ins_core} semua {ins_tag}
wasitnya {ins_core} {bgt} {#wasitgoblok|#wasitpicek}
{writer} {ins_core}, judulnya clickbait #adminbego
{ins_tag} {ins_tag}
WOY {ins_noun}!!! {advice_rude}
DASAR {ins_noun}!!!
{mention} {mention} {ins_noun} semua
{ins_core} {you} {mention}
lu ngaco, dasar {ins_noun}
maaf ya, tapi {you} {ins_core} {bgt}
salah baca lagi, {ins_core} emang {you}
sumbernya mana {ins_noun}? {wtf_reason}
datanya keliru tuh, {ins_core}
yg {ins_core} tuh {you}, bukan {pub}
mikir dong {ins_noun}, {wtf_reason}
{ins_noun} kok bangga
ribut mulu {you}, {ins_noun} emang
{you} {ins_core} atau {ins_core}? dua-duanya kayaknya
emang {ins_noun} {you} {pp}

[t_prof]
{swear}, kebijakan {topic} bikin rakyat susah
pemerintah {swear}, {critique}
polisi {swear}, {critique}
harusnya {topic} gak naik, {swear}
setuju, {swear} emang {pub}
{swear} {bgt}, {inst} {harsh_crit}
kecewa {me}, {swear}, {topic_clause}
{swear}, kasus {crime} di {city} gak kelar-kelar
{me} udah antre dari subuh, eh sistemnya error, terus petugasnya nyuruh balik besok. \
{swear} emang, {topic_clause} tiap hari
{swear}, {topic_clause} {pp}
{swear}, {topic_clause} {pp}
{swear} {swear_b}, {topic_clause}
{topic_clause}, {swear} {pp}
{topic_clause}. {swear}!
{swear} {you}
{swear} {you}
{swear} lah {you}, {wtf_reason}
{swear} {you} {pp}
{you} {swear} {pp}
{swear} {swear_b}
{swear} {swear_b} {swear}
{swear} emang, {topic_clause} terus
{swear}... {bad_day}
{bad_day}, {swear} bener hari ini
apaan sih {swear}
bacot {you} {swear}
mulut {you} bau {shit}
{topic} {shit} semua
janji soal {topic} cuma {shit}
{shit} lah {topic}
{swear_jv} {jv_tail}
{swear_jv}, {topic_clause}
{swear_jv} {you}
{swear_sd} siah, {topic_clause}
{swear_sd} siah {you}
{swear_en}, {topic_clause}
{swear_en} lah, {bad_day}
what the fuck, {topic_clause}
{topic} is bullshit, {swear}
{swear_mdn} lah, {topic_clause}
{swear_mdn} kau
{swear}!!! {swear_b}!!!
{swear}, {me} kira {neutral_expect}, ternyata {disappoint}
{me} kira {neutral_expect}, ternyata {disappoint}. {swear}
{swear}, {topic_clause} mulu
anjir {topic_clause}
anjing {topic_clause}
{swear} nih {writer}
{writer} {swear}, {critique}
{pub} {swear}, {critique}
{swear} kalian semua
ngentot lah hari ini, {bad_day}
dah lah {swear}, capek
{swear} tuh {pub}
kontol lah, {topic_clause}
{swear} banget, {topic_clause}
gak usah bacot {swear}
{swear} {you} {swear_b}
bangsat, {topic_clause} {bgt}
{topic_clause}, {swear} {swear_b} {bgt}
{swear} lah, {pub} {critique}
{me} udah muak, {swear}
{swear} kenapa {topic_clause}
tiap hari {topic_clause}, {swear}
asu, wasitnya {disappoint}
{swear}, {team} {disappoint}
{team} {swear}, main kayak {shit}
muka {pub} kayak {shit}
{swear} {mention}
{mention} {swear}
{swear}? {swear}!
Fuck, {topic_clause}.
{swear_en} {pub}, {critique}
{swear} lah, {bad_day}, mana {topic_clause} lagi
yg bener aja {swear}, {topic_clause}
{swear} asli, {bad_day}
{swear_jv}, {bad_day}
{swear_mdn}, {bad_day}
{swear} kali ah, {topic_clause}
sumpah {swear}, {topic_clause}
{swear} {topic}!!!
{topic_clause} {swear} {bgt} {pp}
{mention} {swear}, {topic_clause}

[t_group]
kebijakan ini cuma nguntungin {slur_cn}, {expel}
harusnya pemerintah {expel} semua {grp}
warga asli {city} harus bersatu usir {grp}
kasus {crime} pasti pelakunya {grp}, {neg_trait}
polisi harus tangkap semua {grp}, {neg_trait}
setuju, {grp} emang {dehum_noun}
tolong {min}, jangan kasih {grp} panggung, {neg_trait}
{me} gak rasis ya, tapi {grp} emang {neg_trait} semua
dasar {slur_cn}, {cn_hate}
{grp} itu {neg_trait} semua
semua {grp} {neg_trait}, gak ada yang bener
usir aja semua {grp} dari {place}
{grp} gak pantes tinggal di {place}, {expel}
negeri ini rusak gara-gara {grp}
jangan percaya sama {grp}, {neg_trait}
pantes aja, pelakunya pasti {grp}
{grp} itu {dehum_noun}, {purge_call}
{grp} tuh kayak {dehum_noun}, {neg_trait}
{grp} bukan manusia, {dehum_noun} semua
bersihin {place} dari {grp}
sampai kapan pun {grp} gak bakal jadi orang Indonesia beneran
jangan pilih pemimpin dari {grp}, {neg_trait}
{pub} itu pasti {slur_any}, makanya {critique}
kalo gak suka ya pulang aja ke {homeland}, dasar {slur_any}
{slur_cn}, {cn_hate}
toko-toko {slur_cn} jangan dibeli, biar bangkrut semua
ekonomi dikuasai {slur_cn}, {expel}
{grp_papua} itu {slur_papua}, {expel_papua}
dasar {slur_papua}, {expel_papua}
{slur_lgbt} kayak gitu {purge_call}
{grp_lgbt} itu penyakit, {purge_call}
dasar {slur_lgbt}, bikin jijik
{slur_pol} {ins_core}, {pol_tail}
dasar {slur_pol}, otaknya {brain_fill}
{slur_pol} mah emang gitu, {pol_tail}
pantes {topic_clause}, yang milih {slur_pol} {ins_core} semua
{you} pasti {slur_pol} ya? pantes {ins_core}
{grp_nonmus} itu kafir semua, haram temenan sama mereka
kafir kayak {you} gak usah ikut ngomong soal {topic}
dasar {slur_rel}, {rel_tail}
{grp_nonmus} {slur_rel} semua, {purge_call}
{grp_mus} itu {slur_mus} semua, {purge_call}
dasar {slur_mus}, {mus_tail}
{ahmad} itu sesat, {purge_call}
masjid {ahmad} mending dibakar aja
{syiah} bukan islam, {expel}
{slur_migr}, udah ditolong malah ngelunjak
{grp_migr} gak tau diri, {expel}
kampung gw gak nerima {grp}, {expel}
{grp} = {dehum_noun}
gara-gara {grp} {topic_clause}
{topic_clause}, pasti ulah {grp} lagi
mending {grp} dimusnahin aja dari {place}
jangan kasih {grp} kerja di sini, {neg_trait}
anak gw gak boleh temenan sama {grp}, {neg_trait}
{grp} bau, {neg_trait}
orang {ethnic} emang {neg_trait} semua, dari dulu gitu
dasar {ethnic_slur}, {neg_trait}
{slur_cn} {slur_cn} {slur_cn}, {expel}
{slur_pol} {slur_pol}, {pol_tail}
{you} {slur_pol} {ins_core}
{mention} dasar {slur_pol}
{mention} {slur_any} {ins_core}
{grp_papua} gak usah sekolah tinggi, tetep aja {slur_papua}
tempat ibadah {grp_nonmus} jangan dikasih izin di {place}, {rel_tail}
pelakunya pasti {slur_cn}, mereka emang {neg_trait}
kalo {grp} jadi {pub_role}, {place} bakal hancur
ganyang {grp}!
{grp} cuma numpang di {place}, {expel}
bikin negara sendiri sana {grp}, di sini gak diterima
Warga {grp_cn} itu {neg_trait}, sebaiknya {expel}.
Kaum {slur_lgbt} tidak layak hidup di negeri ini.
{grp_lgbt} kayak {you} harusnya dirukiyah terus diusir dari kampung
{slur_any} kayak {you} gak usah komen soal {topic}
dasar PKI, {purge_call}
dasar PKI {you}, {accuse_tail}
{you} pasti {accuse}, {accuse_tail}
semua {grp_cn} itu {accuse}, {expel}
{grp} itu {accuse} semua, {accuse_tail}
{slur_pol} itu {accuse} semua, {pol_tail}
yang belain {grp} pasti {accuse} juga
{accuse} kayak {you} {accuse_tail}
{pub} jelas {accuse}, {accuse_tail}
kafir laknat, {rel_tail}
cina komunis mau nguasain {place}, {expel}
{grp_nonmus} itu {slur_rel}, semuanya penista agama
{grp_mus} kaum sumbu pendek, {mus_tail}
dasar {slur_pol}, IQ 200 sekolam
{slur_pol} IQ 200 sekolam, {pol_tail}
{topic_clause}, ini pasti kerjaan {accuse}
negeri ini dijual ke aseng sama {slur_pol}
kalo {grp_cn} dibiarin, negeri ini bakal jadi negara komunis
bani serbet bikin rusuh terus, {expel}
TKA cina komunis {neg_trait}, {expel}
{grp_cn} {neg_trait} semua #UsirCina
{slur_pol} {ins_core} {hate_tag}
{hate_tag} {hate_tag}
{mention} {accuse} kayak {you} gak usah komen
{grp_lgbt} itu penyakit menular, {purge_call}
{slur_lgbt} gak boleh ngajar anak-anak, {purge_call}
{slur_pol} sama {slur_pol} sama-sama {ins_noun}
{grp} = {accuse}

[pub_role]
gubernur
presiden
walikota
lurah
ketua RT
menteri
kepala sekolah

[t_threat]
pelakunya harus {me} {harm} sendiri
biar warga aja yang bakar rumahnya, polisi lama
kebijakan kayak gini bikin {me} pengen {harm_imp} {pub}
{me} gak setuju sama {you}, dan kalo ketemu {me} {harm} {you}
tolong kasih tau alamatnya, biar {me} yang {harm_imp}
warga {city} siap {harm_imp} {pub} kalo berani dateng
hukum gak adil, mending {me} {harm} sendiri koruptornya
{me} udah sabar ya dari tadi, tapi {you} makin ngelunjak. sekali lagi {you} komen di sini \
{me} cari rumah {you} terus {me} {harm} sampe {harm_result}
gw bacok {you} {pp}
gw bacok {you} {pp}
gue {harm} {you} ya
awas {you}, gw cari rumah {you}
awas aja {you}, {threat_tail}
{you} tinggal di {city} kan? tunggu aja gw dateng
gw tau rumah {you} di mana, {threat_tail}
ketemu di jalan gw {harm} {you}
berani ngomong gitu lagi gw {harm} {you}
{harm_imp} aja {pub} kayak gitu
{pub} kayak gini mending {harm_pass} aja
bakar aja rumahnya, biar kapok
rumah {you} bakal gw bakar
tunggu aja, besok gw {harm} {you} sampe {harm_result}
gw patahin leher {you}
ada yang tau alamatnya? kita datengin rame-rame terus {harm_imp}
kalo ketemu bakal gw abisin {you}
sekali lagi {you} komen, gw datengin rumah {you}
jangan sampe gw ketemu {you} di {city}, gw {harm} {you}
mau mati {you}? sini gw bantu
siap-siap aja {you}, anak-anak gw udah nyari {you}
kantor redaksi ini bakal kita datengin, {writer} siap-siap aja
{writer} hati-hati pulang malem, gw tungguin
gw tembak kepala {you}
mau gw pecahin kepala {you}?
gw injek-injek muka {you} sampe {harm_result}
gw santet {you} sekeluarga
kalo timnas kalah lagi pelatihnya gw gebukin
wasit kayak gitu pantesnya dihajar rame-rame sampe {harm_result}
{mention} gw {harm} {you} {threat_time}
{threat_time} gw dateng ke rumah {you}, {threat_tail}
udah gw siapin {weapon}, tinggal nunggu {you} lewat
gw bawa {weapon}, ketemu {you} langsung gw {harm}
{pub} kalo lewat kampung gw bakal {harm_pass}
sekeluarga {you} bakal gw {harm}
{harm_imp} aja pelakunya, gak usah nunggu polisi
anak {you} sekolah di mana? biar gw tungguin pulangnya
gw culik anak {you} baru tau rasa
gw siram air keras muka {you}
{you} bakal gw bikin {harm_result}
gw cegat {you} pas pulang kerja, {threat_tail}
Saya pastikan Anda tidak akan selamat kalau berani datang ke {city}.
Awas kamu, saya tahu di mana kamu tinggal.
Kalau bertemu, akan saya habisi kamu.
Keluarga Anda akan menanggung akibatnya, tunggu saja.
i will kill you {you}
lu dead meat, {threat_tail}
{you} ngomong sekali lagi gw {harm}
{harm_imp} aja {writer}nya, nyebar berita gitu
gw {harm} {you} {threat_time}
{threat_time} {you} bakal {harm_pass}
rumah {pub} di {city} kan? bakar aja rame-rame
seret aja {pub} ke jalan terus {harm_imp}
{pub} pantesnya {harm_pass}, gak usah disidang
gw cari {you} sampe ketemu, {threat_tail}
gw udah di depan rumah {you}, keluar sini
jangan tidur nyenyak {you}, {threat_tail}
{mention} liat aja nanti, {harm_result} {you}
berani nongol di {city}, {harm_result} {you}
satu kampung bakal gw ajak buat {harm_imp} {you}
{you} bakal gw {harm} sampe {harm_result}, sumpah
awas lo ya, {threat_time} gw {harm}
gw sembelih {you} kayak kambing kurban
gw potong lidah {you}, biar gak bisa bacot lagi
penista agama kayak {you} halal darahnya, tunggu aja
{accuse} kayak {you} bakal {harm_pass} rame-rame
awas {you}, {threat_time} rumah {you} gw lempar batu
gw cari {you} ke {city}, {threat_tail}
muka {you} udah gw tandain, ketemu di jalan {harm_result} {you}
{mention} alamat {you} udah ketemu, {threat_time} gw ke sana bawa {weapon}
jangan kaget kalo {threat_time} motor {you} gw bakar

[t_harass]
{fem_target} cuma jual badan, {sex_comment}
tolong {min} kasih alamat rumah {mention}, biar kita datengin
warga sini udah tau rumah {you}, siap-siap diserbu
hati-hati pulang malem {fem_target}, {sex_comment}
semoga {you} cepet mati, {die_tail}
{mention} pap dong, {sex_comment}
body {you} mantep juga, pengen gw {sex_verb}
cewek kayak {you} pasti bisa dipake, berapa semalem?
open BO gak mbak? {sex_comment}
mbak reporternya cantik, pengen gw {sex_verb}
pake baju begitu pasti minta di{sex_verb}
mending {you} jadi {sex_insult} aja
{fem_target} {sex_insult}
{fem_target} {sex_insult}, {sex_comment}
dasar {sex_insult}, {sex_comment}
{fem_target} pasti sering di{sex_verb} bosnya
{fem_target} {sex_comment}
muka {you} kayak {ugly_obj}, {bs_tail}
dasar {body_insult}, {bs_tail}
badan kayak {fat_obj} masih aja pede {activity}
{pub} {body_insult} kayak {fat_obj}
{you} jelek {bgt}, mending gak usah keluar rumah
pantes jomblo, muka {you} kayak {ugly_obj}
{body_insult} gitu sok cakep, {bs_tail}
{fem_target} {body_insult} gitu masih {activity}, {bs_tail}
mati aja {you}, {die_tail}
mati aja {you} {pp}
mending {you} mati deh, {die_tail}
semoga {you} cepet mampus
kenapa gak bunuh diri aja {you}? {die_tail}
{you} gak pantes hidup, {die_tail}
gw sumpahin {you} {curse}
{mention} gw udah dapet alamat rumah {you}, {dox_detail}
nomor HP {you} udah gw sebar di grup, siap-siap ditelponin
foto KTP {you} udah gw pegang, {dox_tail}
gw tau anak {you} sekolah di mana
kantor {you} di {city} kan? gw laporin biar dipecat, muka {you} gw sebar
guys ini akun aslinya {mention}, rumahnya di {city}, serbu aja
{you} lagi {you} lagi, tiap berita nongol cuma buat nyampah
ini orang yang kemaren kan? masih aja {ins_core}, gw bakal ikutin semua komen {you}
tiap {you} komen gw bales, biar semua orang tau {you} {ins_noun}
gw udah screenshot semua komen {you}, gw sebar ke semua grup
{mention} {mention} {mention} woy {ins_noun} keluar {you}
bikin akun baru lagi ya {you}? tetep aja ketauan, dasar {ins_noun}
ayo guys serbu akun {mention}, laporin rame-rame biar kapok
{you} tuh sakit jiwa, tiap hari spam komen di sini
gak ada yang mau sama {you}, {bs_tail}
{mention} udah tua gak tau diri, mending mati aja
suami {you} pasti nyesel nikahin {body_insult} kayak {you}
Wajah Anda sangat menjijikkan, sebaiknya tidak usah tampil di televisi.
Sebaiknya Anda mati saja, tidak ada gunanya hidup.
{mention} {body_insult}, {bs_tail}
{mention} mati aja sana
orang {body_insult} kayak {you} gak usah {activity}
presenter {body_insult} gitu kok dikasih tampil, {bs_tail}
{fem_target} pasti naik jabatan gara-gara tidur sama bos
kirim foto {you} yang gak pake baju, ntar gw kasih duit
gw tau {you} kerja di mana, {dox_tail}
semua akun {you} udah gw temuin, {dox_tail}
dasar {body_insult} {sex_insult}
{you} {body_insult}, {sex_insult} lagi
{sex_insult} kayak {you} pantesnya di pinggir jalan
gw bakal terus komen di semua postingan {you} sampe {you} tutup akun
{mention} gak usah sok suci, {sex_insult}
mampus aja {you}, {die_tail}
{you} tuh aib keluarga, mending ilang aja dari bumi
sange ya {fem_target}? {sex_comment}
{mention} berapa tarif semalem?
mulut {you} pasti enak buat {sex_verb}
{you} {body_insult} kayak {fat_obj}, {bs_tail}
gw pantau terus akun {you}, tiap {you} posting gw komen
foto {you} udah gw edit, {dox_tail}
gw bikin akun fake pake foto {you}, biar semua orang tau kelakuan {you}
ortu {you} udah gw DM, biar tau anaknya {ins_noun}
bales dong {mention}, takut ya? dasar {ins_noun}
gw spam DM {you} sampe {you} tutup akun
{fem_target} {body_insult}, pantes jadi {sex_insult}
{fem_target} pasti {sex_insult}, {sex_comment}
muka {you} kayak {ugly_obj}, pantes diselingkuhin
gw doain {you} {curse}, {die_tail}
mati aja lu {mention}, {die_tail}
{you} {body_insult}, {bs_tail}
"""

# --------------------------------------------------------------------------------------------
# Non-abusive fragments (label 0).
# --------------------------------------------------------------------------------------------

_CLEAN_WORDS = """
[question]
jadwal KRL hari minggu berubah gak
cara daftar BPJS online gimana
syarat bikin SIM sekarang apa aja
harga cabai di pasar {city} berapa sekarang
ada lowongan di {city} gak
cara lapor jalan rusak ke pemda gimana
kapan bansos cair
samsat buka hari sabtu gak
link pendaftarannya di mana
tiket timnas dijual di mana
aplikasi buat bayar pajak motor apa ya
bus dari {city} ke {city} ada yang langsung gak
jam operasional MRT pas lebaran sampe jam berapa
biaya perpanjang paspor berapa sekarang
beasiswa ini buat S1 doang atau S2 juga
vaksin ini buat anak umur berapa
cara cek NIK udah terdaftar sebagai pemilih gimana
kuota internet yang sinyalnya bagus di {city} apa
ganjil genap berlaku hari libur gak
bengkel resmi yang bagus di {city} di mana
dasar hukumnya apa ya
ini berlaku mulai tahun depan atau bulan depan
subsidinya langsung ke rekening atau lewat kantor pos

[thanks_tail]
jadi tau sekarang
sangat membantu
ditunggu update selanjutnya
lanjutkan
mantap
semoga makin banyak liputan kayak gini
langsung {me} share ke grup keluarga
jelas banget penjelasannya
bermanfaat buat warga
sukses terus

[condition]
pelaksanaannya transparan
gak ada pungli
rakyat kecil gak dirugikan
sosialisasinya jelas
anggarannya diawasi
gak dikorupsi
tepat sasaran
ada evaluasi tiap tahun
saling menghargai

[commenter_n]
komentar di atas
yang komen paling atas
{mention}
bapak di atas
mbak yang komen tadi
abang di atas
kebanyakan netizen di sini

[hope]
harga cepet turun
pemerintah dengerin aspirasi warga
timnas bisa bangkit
masalahnya cepet beres
korbannya cepet ditemukan
gak ada lagi banjir tahun depan
pelakunya cepat ditangkap
anak-anak bisa sekolah dengan tenang
semua pihak bisa menahan diri
mudiknya lancar
kebijakannya dievaluasi
jalannya cepet dibenerin
keluarga korban diberi ketabahan
pelayanannya makin baik
listriknya gak padam lagi

[local_exp]
banjirnya sampe sepinggang
harga beras udah 16 ribu
jalan utama macet tiap sore
sinyal suka ilang kalo hujan
listrik sering padam pas malem
angkot udah jarang
pasar tradisionalnya rame lagi
ojol susah dapet kalo hujan
air PDAM suka keruh
sekarang udah ada jalur sepeda
pembangunan halte belum kelar
parkir liar makin banyak
harga kos naik terus
biaya hidup makin mahal

[local_exp2]
KRL penuh banget dari Bogor
tol {tol} padat merayap
hujan deres di {city}
antre bensin panjang banget
pasar di {city} sepi pembeli
jalan ke kantor ditutup buat acara
kereta telat 20 menit
lampu merah di perempatan mati
ada razia di depan kantor polisi
muka {me} sampe gosong nunggu bus

[experience]
daftar lewat aplikasi, lancar kok
antre di kelurahan cuma sejam
nyoba naik MRT pertama kali
perpanjang SIM online
beli beras di pasar murah
nonton timnas di GBK
pindah ke {city}
kena tilang elektronik
ikut program vaksin
ngurus KTP yang rusak
mudik naik bus
bayar pajak motor lewat aplikasi

[correction]
yang bener kejadiannya hari selasa bukan rabu
namanya salah ketik
angka di grafik kayaknya kebalik
itu bukan di {city} tapi di {city}
jabatannya sekarang udah ganti
skor akhirnya 2-1 bukan 2-0
fotonya kayaknya foto lama
satuan di tabel harusnya persen

[typo_fix]
"kebijakan" bukan "kebijakn"
"masyarakat" bukan "masyrakat"
"pemerintah" bukan "pemerinth"
"dijual" bukan "di jual"
"di sana" dipisah

[num]
dua
tiga
empat
2
3
5
terakhir
pertama

[joke]
harga cabai naik, sekarang masak sambel udah kayak investasi
gaji UMR tapi gaya hidup influencer, ya gak nyampe
macet di {city} bikin {me} bisa nonton satu season di mobil
tiap timnas main, satu kampung mendadak jadi pelatih
tiap banjir {me} mendadak jadi kapten kapal
dompet {me} lebih tipis dari sinyal di kampung
listrik padam, akhirnya ngobrol sama keluarga
nungguin bansos kayak nungguin doi bales chat
tanggal tua itu ujian kesabaran
yang penting makan dulu, mikir belakangan
bulan puasa katanya setan dibelenggu, tapi macet tetep ada
kopi hitam tanpa gula, kayak hidup {me} akhir bulan

[football]
timnas main bagus tadi malem, semoga konsisten
semoga {team} juara musim ini
gol kedua tadi keren {bgt}
wasitnya kurang tegas sih menurut {me}
lini belakang masih perlu dibenahi
pelatihnya harus lebih berani rotasi pemain
{team} main bagus tapi finishing kurang
kapan ya timnas bisa lolos Piala Dunia
nonton bareng di {city} rame {bgt}
kipernya tampil bagus, beberapa penyelamatan penting
gelandang itu otak permainan {team}
timnas cewek juga menang lagi, bangga
mending pake formasi tiga bek sih

[weather]
di {city} hujan deres dari sore
panas {bgt} hari ini, jangan lupa minum
musim hujan, hati-hati jalan licin
anginnya kenceng di {city}, banyak pohon tumbang
kemarau panjang, sumur warga mulai kering
kabut tebal pagi ini di {city}
cuacanya jelek {bgt} dari pagi

[tech]
update aplikasinya bikin hp lemot
kapan 5G merata di {city}
aplikasi m-banking error dari pagi
fitur barunya lumayan membantu
hp murah sekarang kameranya udah bagus
jangan asal klik link di WA, banyak penipuan
AI bikin kerjaan lebih cepet tapi tetep harus dicek
internet di {city} lemot kalo malem
sinyal jelek {bgt} di dalem rumah

[health]
jangan lupa minum air putih
DBD lagi naik, jangan lupa 3M plus
antre di puskesmas sekarang lebih tertib
BPJS sangat membantu waktu ibu {me} dirawat
cek kesehatan gratis di puskesmas lumayan
polusi bikin anak {me} batuk terus, pake masker
rajin olahraga pagi, badan jadi enteng

[edu]
anak {me} baru masuk SD tahun ini
zonasi bikin bingung orang tua
gaji guru honorer perlu dinaikin
kurikulum gonta-ganti bikin guru capek
beasiswa ini sangat membantu mahasiswa dari daerah
perpustakaan daerah sekarang nyaman
les tambahan mahal {bgt} sekarang
anak {me} kelas enam sekolah dasar, lagi siap-siap ujian

[religion]
selamat hari raya Nyepi bagi umat Hindu
selamat Natal bagi yang merayakan
semoga ibadah haji jamaah {city} lancar
selamat menunaikan ibadah puasa
selamat Waisak untuk umat Buddha
selamat Imlek, gong xi fa cai
di kampung {me} masjid dan gereja berdampingan, aman-aman aja
semoga mudik lebaran tahun ini lancar
jadwal salat Id di {city} jam berapa ya

[price]
harga telur di warung deket rumah udah 30 ribu sekilo
beras premium naik lagi di {city}
harga bawang mulai turun
minyak goreng curah susah dicari
harga daging jelang lebaran pasti naik
ongkos ojol sekarang lumayan mahal
tiket kereta mudik udah bisa dipesan

[traffic]
tol {tol} padat merayap
hindari jalan {road}, ada perbaikan
macet di Puncak dari pagi
ganjil genap bikin {me} berangkat lebih pagi
lampu merah di perempatan {city} lama {bgt}
banyak motor lawan arah di jalan {road}
mending naik KRL daripada bawa mobil ke {city}
pantes aja macet, ada perbaikan jalan di {road}

[try_thing]
daftar lewat aplikasi
telpon call center
dateng langsung ke kantornya
pake QRIS
cek di website resminya
lapor lewat aplikasi pengaduan

[try_result]
lancar kok
cuma 10 menit beres
agak lama tapi beres
harus antre tapi tertib
sempet error tapi akhirnya bisa

[where_check]
website resminya
akun IG pemda
grup WA RT
aplikasi resminya
pengumuman di kelurahan

[good_news]
jalan di depan rumah akhirnya diaspal
bansos udah cair
listrik udah nyala lagi
harga cabai mulai turun
KRL udah normal lagi
timnas menang lagi
banjir mulai surut

[worker_exp]
lumayan berat tapi dijalani aja
gajinya pas-pasan tapi cukup
sekarang orderan sepi
alhamdulillah masih bisa nabung
tiap hari pulang malem

[disaster]
banjir
gempa
tanah longsor
kebakaran
angin puting beliung
erupsi gunung

[help_info]
donasi bisa lewat lembaga resmi
posko bantuan ada di kelurahan
pakaian layak pakai bisa dikirim ke posko
pastikan penggalangan dananya terpercaya

[gov_advice]
fokus ke harga kebutuhan pokok dulu
perbaiki transportasi umum
transparan soal anggaran
melibatkan warga sebelum bikin aturan
memperbanyak lapangan kerja
memperbaiki layanan kesehatan di daerah

[harsh_crit]
gak becus kerja
gagal total
memalukan
korup
gak kompeten
bikin rakyat sengsara
cuma mikirin diri sendiri
gak punya malu
harus diaudit
harus dicopot
bohong terus ke rakyat
asal ngomong
kerjanya lamban
tutup mata sama masalah rakyat

[civil_neg]
gak becus
gak kompeten
malas
lamban
gak profesional
gak konsisten
kurang teliti
gak transparan
plin-plan
arogan
sok tau

[inst]
polisi
DPR
pemerintah pusat
pemda {city}
PLN
PDAM
KPU
PSSI
BPJS
kementerian
pihak maskapai
bank itu
perusahaan aplikasi ojol
pengembang perumahan itu
manajemen {team}
operator seluler
provider internet

[inst_caps]
PLN
PDAM
BPJS
MASKAPAI INI
BANK INI
PROVIDER INI

[reform]
harus dibenahi dari atas sampai bawah
harus transparan soal anggaran
harus berhenti represif ke demonstran
perlu reformasi total
harus diaudit menyeluruh
harus minta maaf ke publik
jangan kebal kritik

[sarcasm]
jalan baru diaspal seminggu udah bolong lagi
harga naik lagi, rakyat disuruh sabar lagi
janji kampanye tinggal janji
banjir tiap tahun tapi katanya sudah ditangani
anggaran rapat lebih gede dari anggaran sekolah
internet 5G tapi sinyalnya hilang di kamar
proyek miliaran cuma bertahan sebulan
pejabatnya liburan pas warga kebanjiran
diem-diem tarif naik lagi

[crime_report]
pelaku membacok korban di depan warung di {city}
polisi menangkap pelaku pembunuhan di {city} setelah buron dua minggu
korban ditusuk saat pulang kerja malam hari
begal membacok pengendara motor di jalan {road}
rumah warga dibakar massa setelah isu pencurian
tawuran pelajar di {city} menewaskan satu orang
seorang ibu menjadi korban KDRT dan dipukuli suaminya
pelaku pemerkosaan di {city} terancam hukuman 15 tahun
pengeroyokan suporter di luar stadion bikin satu orang kritis
polisi menembak kaki pelaku karena melawan saat ditangkap
pelaku penipuan online menyebar data korban di media sosial
kakek di {city} tewas dibunuh perampok
Densus 88 menangkap terduga teroris di {city}
polisi masih memburu otak pelaku pembakaran pasar
korban penganiayaan mengalami gegar otak
sopir truk ditodong celurit di tol {tol}

[crime]
pembacokan
pembunuhan
pemerkosaan
begal
pengeroyokan
KDRT
pelecehan seksual
penipuan online
perdagangan orang
pembakaran rumah
penganiayaan anak
penyiraman air keras

[crime_comment]
semoga diproses sesuai hukum
kerja bagus buat polisi
jangan sampai main hakim sendiri
keluarga korban butuh keadilan
hukum harus ditegakkan

[threat_reported]
membunuh
membakar rumah
membacok
menyebar foto
menculik anak

[confession]
membacok korban karena dendam lama
membakar rumah korban karena cemburu
menusuk korban karena utang
mengancam korban lewat pesan singkat

[official_quote]
kami akan menindak tegas pelaku ujaran kebencian
stok beras aman sampai akhir tahun
kenaikan tarif tidak bisa dihindari
pelaku penganiayaan sudah kami amankan
masyarakat diminta tidak main hakim sendiri
tidak ada toleransi untuk pelaku kekerasan seksual

[article_quote]
pelaku menusuk korban sebanyak tiga kali
harga beras naik 10 persen dalam sebulan
massa membakar dua sepeda motor
korban sempat diancam akan dibunuh
anggaran proyek membengkak dua kali lipat

[grp_neutral]
etnis Tionghoa
warga Tionghoa
umat Kristen
umat Katolik
umat Islam
umat Hindu
umat Buddha
jemaat Ahmadiyah
komunitas Syiah
warga Papua
mahasiswa Papua
pengungsi Rohingya
pekerja asing
komunitas LGBT
orang Madura
orang Batak
suku Dayak
warga keturunan Arab
orang Jawa
perantau
penganut kepercayaan
penyandang disabilitas

[hs_comment]
kita semua sama-sama warga negara
beda pendapat boleh tapi jangan menghina
kritik kebijakan boleh tapi jangan serang suku dan agamanya
yang kayak gitu cuma bikin perpecahan
laporkan aja ke patroli siber
media juga harus tegas moderasi komentar
mengusir orang pakai kekerasan itu melanggar HAM
jangan gampang menyebut orang lain sesat

[slur_quoted]
cina
monyet
kafir
kadrun
cebong
bencong
kampret
termul
buzzerRp
antek asing
bani serbet
banci
maho

[animal_lit]
anjing peliharaan {me} hilang di sekitar {city}, ada yang liat?
anjing tetangga gonggong terus tiap malem, udah ditegur baik-baik
vaksin rabies gratis buat anjing dan kucing di puskeswan {city}
anjing pelacak K9 bantu polisi nemuin korban longsor
daging babi haram bagi muslim, jadi label non halal harus jelas
restoran itu non halal karena menyajikan babi, tolong dicantumkan
babi hutan masuk kebun warga dan merusak tanaman jagung
virus ASF bikin peternak babi di NTT rugi besar
tai kucing di halaman tiap pagi, ada tips ngusirnya?
kotoran sapi bisa dijadikan biogas, lumayan buat masak
monyet ekor panjang di {tour} suka ambil kacamata pengunjung
monyet turun ke permukiman karena hutannya habis
sate babi khas Bali katanya enak, tapi {me} gak makan
anjing liar di komplek makin banyak, tolong dinas terkait tangani
kucing {me} suka buang air di pot tetangga, jadi gak enak
peternakan babi di {city} dikeluhkan warga karena baunya
kambing kurban tahun ini harganya naik
ular masuk rumah warga di {city} pas musim hujan
anjing {me} takut suara petasan, kasian
sapi kurban lepas dan lari ke jalan raya
tikus got di pasar {city} gede-gede, pedagang resah
hama tikus serang sawah, petani gropyokan bareng
kecoa di dapur restoran itu bikin izinnya dicabut
cara basmi kecoa di kamar mandi pakai apa ya?
babi hutan merusak kebun singkong warga lagi
monyet di hutan lindung makin kehilangan habitat
kambing kurban di {city} banyak yang diperiksa dokter hewan
kerbau bule keraton Solo dikirab tiap malam satu Suro
kerbau masih dipakai buat membajak sawah di kampung {me}
karapan sapi di Madura rame {bgt}
bangkai tikus di plafon baunya ke mana-mana
bangkai paus terdampar di pantai selatan
ternak kambing etawa lumayan buat tambahan penghasilan
cacing tanah bagus buat kesuburan kebun
buaya muara muncul di sungai dekat permukiman
lintah di sawah bikin kaki gatal
ular kobra masuk rumah warga pas musim hujan
harga udang vaname lagi turun, petambak mengeluh
sate kambing deket stasiun enak {bgt}
anjing penjaga kebun tetangga galak, hati-hati kalo lewat
kandang babi di pinggir kali harus ditertibkan biar gak cemari air
kecoa sama tikus di pasar tradisional harus dibasmi biar pasarnya sehat

[tour]
Uluwatu
Sangeh
Pangandaran
Kaliurang
Ubud
Alas Purwo

[gila_pos]
gila, golnya keren {bgt}
gila sih, harga emas naik terus
gila keren {bgt} penampilan timnas tadi malem
kerja gila-gilaan demi bisa beli rumah
gila, antreannya sampe ke jalan raya
anak ini gila pinternya, juara olimpiade sains
anjay keren {bgt} gol salto tadi
anjay, akhirnya jalan depan rumah diaspal juga
{me} tergila-gila sama kopi susu gula aren
gila sih pemandangan di {tour}, wajib ke sana
gila, dia lari dari {city} ke {city} buat amal
sumpah gila, konsernya pecah {bgt}

[sampah_lit]
sampah plastik menumpuk di kali {city}
bank sampah di RW {me} lumayan bisa nambah uang jajan
TPA penuh, pemda harus cari solusi
jangan buang sampah sembarangan ke sungai
truk sampah gak dateng udah seminggu
pilah sampah dari rumah, organik sama plastik dipisah

[good_act]
kerja bakti bersihin selokan
bagi-bagi takjil
bantu korban banjir
donor darah
jaga keamanan malam Natal
bagi sembako gratis

[grp_event]
perayaan Imlek di {city} meriah dan aman
misa Natal di katedral berjalan khidmat
pawai ogoh-ogoh jelang Nyepi ditonton ribuan warga
salat Idul Fitri di lapangan {city} lancar
jemaat Ahmadiyah melapor ke Komnas HAM setelah masjidnya disegel
mahasiswa Papua di {city} gelar festival budaya
pengungsi Rohingya di Aceh butuh bantuan makanan
warga Tionghoa dan warga kampung gotong royong bangun musala
festival Cap Go Meh di Singkawang rame {bgt}
produk impor dari Cina makin banyak di pasar
investor dari Tiongkok bangun pabrik di {city}
sejarah G30S PKI dibahas lagi tiap September

[friend_comment]
orangnya baik-baik aja
sering bantu kalo ada yang susah
gak ada masalah
kita sering makan bareng
saling jaga kalo hari raya

[civil_policy]
pernikahan sesama jenis dilegalkan
pengungsi terus ditampung tanpa batas
TKA dipermudah masuk
rumah ibadah dibangun tanpa izin lingkungan

[civil_tail]
bukan berarti boleh menghina orangnya
tetap harus dibahas dengan kepala dingin
pemerintah harus bikin aturan yang adil
hak dasar mereka tetap harus dihormati
solusinya lewat dialog bukan kekerasan

[medlegal]
pemeriksaan SADARI penting buat deteksi dini kanker payudara
kanker serviks bisa dicegah dengan vaksin HPV
infeksi menular seksual harus diobati, jangan malu ke dokter
pelecehan seksual di KRL harus dilaporkan ke petugas
korban kekerasan seksual bisa lapor ke UPTD PPA
pasal penghinaan di UU ITE sering disalahgunakan buat bungkam kritik
pencemaran nama baik itu delik aduan, harus ada laporan dari korban
pembunuhan berencana diatur di pasal 340 KUHP
orang dengan gangguan jiwa butuh perawatan, bukan dipasung
kalau ada pikiran bunuh diri, tolong cari bantuan ke layanan kesehatan jiwa
edukasi seks buat remaja penting biar paham soal persetujuan
kebersihan alat kelamin bayi harus dijaga, kata bidan di posyandu
hukuman mati buat pengedar narkoba masih jadi perdebatan
UU TPKS harus dijalankan biar korban pelecehan terlindungi

[neutral_danger]
awas copet di stasiun {city}
awas jalanan licin habis hujan
hati-hati, banyak penipuan ngaku kurir paket
mati lampu lagi di {city}, udah tiga jam
hp {me} mati pas lagi navigasi, nyasar deh
motor {me} mati mendadak di tengah jalan
cara bunuh nyamuk paling ampuh ya pake raket listrik
jangan bakar sampah, asapnya ganggu tetangga
malam tahun baruan bakar jagung sama keluarga
tembakan keras dari luar kotak penalti gagal diantisipasi kiper
serangan balik {team} mematikan {bgt}
{team} dibantai 4-0, lini belakang harus dievaluasi
bakar lemak paling efektif ya olahraga rutin
tunggu aja pengumuman resminya, jangan percaya hoax
gw cari rumah kontrakan di {city}, ada info?

[self_dep]
{me} yang bodoh sih percaya investasi bodong
dasar {me} pelupa, dompet ketinggalan lagi
{me} gak ngerti soal ekonomi, ada yang bisa jelasin?
dulu {me} gendut, sekarang rajin lari pagi
mampus {me}, lupa bayar listrik
pada dasarnya {me} setuju, cuma caranya perlu diperbaiki
maaf norak, baru pertama kali naik MRT
{me} katrok {bgt}, baru tau QRIS bisa buat bayar parkir
{me} orang kampung, baru pertama ke {city}
otak {me} lagi lemot, baru bangun tidur

[bangsa]
bangsa ini butuh pemimpin yang jujur
semoga persatuan bangsa tetap terjaga
hari kebangkitan nasional, semangat buat generasi muda bangsa
bahasa Indonesia pemersatu bangsa
pahlawan bangsa kita berjuang bukan buat dikorupsi

[figure]
Presiden Prabowo
Pak Prabowo
Pak Jokowi
Jokowi
Wapres Gibran
Gibran
Anies
Pak Anies
Ganjar
Puan
Sri Mulyani
Bahlil
Luhut
Ridwan Kamil
Dedi Mulyadi
Erick Thohir
Mahfud MD

[party]
PDIP
Gerindra
Golkar
PKB
NasDem
PKS
Demokrat
PAN
PSI
PPP
Perindo

[figure_crit]
pernyataannya soal {topic} keliru
janjinya soal {topic} belum ditepati
terlalu sering pencitraan
kurang dengerin suara rakyat
sering ngomong tanpa data
gak konsisten sama omongannya sendiri
lebih sibuk urusan partai
argumennya soal {topic} lemah
sikapnya soal {topic} berubah-ubah

[pol_demand]
menteri itu harus mundur
turunkan harga BBM
turunkan harga beras
bubarkan saja lembaga yang tidak berguna itu
usut tuntas korupsi di {office}
batalkan kenaikan PPN
sahkan RUU perampasan aset
kembalikan KPK yang independen
hapus tunjangan mewah anggota DPR
copot kapolres yang represif ke mahasiswa
audit anggaran makan bergizi gratis
tolak revisi UU yang ngekang kebebasan pers
evaluasi total proyek IKN
gaji guru honorer harus layak

[pol_opinion]
rezim ini otoriter menurut saya
pemerintah makin anti kritik
demokrasi kita mundur
oligarki makin kuat
DPR cuma jadi tukang stempel
kabinetnya kegemukan, boros anggaran
dinasti politik bahaya buat demokrasi
hukum tajam ke bawah tumpul ke atas
oposisinya lemah, gak ada yang ngawasin
aparat terlalu represif ke demonstran

[civil_tag]
#gantipresiden
#TurunkanHargaBBM
#SaveKPK
#ReformasiDikorupsi
#TolakRUUTNI
#IndonesiaGelap
#PeringatanDarurat
#AdiliKoruptor
#UsutTuntas
#TolakKenaikanPPN

[corrupt_report]
koruptor dana bansos divonis 12 tahun penjara
KPK menahan tersangka korupsi proyek jalan di {city}
mantan kepala dinas di {city} ditetapkan tersangka korupsi
aset koruptor kasus tambang disita negara
hakim memvonis terdakwa korupsi tol {tol} delapan tahun penjara
remisi buat koruptor bikin publik kecewa
koruptor yang sudah inkrah wajib bayar uang pengganti
jaksa menuntut koruptor dana desa enam tahun penjara
OTT KPK di {city} menjaring kepala daerah dan dua pengusaha
terpidana korupsi kabur saat izin berobat

[blasphemy_news]
terdakwa kasus penistaan agama divonis dua tahun penjara
pasal penistaan agama di KUHP baru masih jadi perdebatan
kasus dugaan penistaan agama dilaporkan ke polisi
terdakwa penistaan agama mengajukan banding
pakar hukum menilai pasal penodaan agama sering multitafsir

[slur_topic]
istilah cebong dan kampret itu memecah belah
jangan pakai kata kadrun, itu merendahkan
label termul sama kadrun cuma bikin orang saling benci
sebutan buzzerRp dipake buat nyerang siapa aja yang beda pilihan
nyebut orang PKI tanpa bukti itu fitnah
tuduhan antek asing tiap ada kritik itu udah basi
ngatain orang banci atau bencong itu gak lucu
sebutan bani serbet itu rasis ke warga keturunan Arab
istilah kaum sumbu pendek cuma bikin debat makin panas
cap kafir buat tetangga beda agama itu gak pantes
ledekan IQ 200 sekolam itu bukan argumen
nuduh orang penista agama di medsos bisa bikin persekusi

[pki_topic]
film G30S/PKI diputar lagi tiap akhir September
tuduhan PKI ke lawan politik itu cara lama
TAP MPRS soal larangan komunisme masih berlaku
korban tragedi 1965 juga butuh pengakuan negara
sejarah 1965 perlu diajarkan dengan jujur

[civil_reply]
kamu salah baca beritanya, coba baca lagi paragraf {num}
maaf mas, datanya keliru
lu ngaco bro, sumbernya mana?
sumbernya mana? jangan asal sebar
itu hoax, udah dibantah sama {inst}
coba cek lagi, angkanya bukan segitu
gak gitu konsepnya bro
{you} salah paham, artikelnya bahas soal {topic}
jangan ngegas dulu, baca sampe habis
gw gak setuju sama {you}, tapi coba kasih datanya
itu berita lama bro, jangan digoreng lagi
komen {you} gak nyambung, artikelnya soal {topic}
mbak, yang bikin aturan itu kementerian, bukan wartawannya
argumennya lemah, gak ada datanya
dibaca dulu sampe abis kak, jawabannya ada di bawah
{you} keliru soal itu, yang bener {correction}
hmm bukan gitu, coba cek {where_check}
mohon maaf, tapi informasi {you} kurang tepat
beda pendapat boleh, tapi {you} keliru soal angkanya
kok {you} yakin banget? sumbernya dari grup WA doang kan

[disab_fact]
kakek {me} pendengarannya menurun, sekarang pakai alat bantu dengar
teman tuli pakai BISINDO, sekarang makin banyak yang belajar
siaran berita harusnya ada juru bahasa isyarat
tunanetra di {city} butuh trotoar dengan guiding block yang bener
guiding block di trotoar {city} malah nabrak tiang listrik
anak {me} ada gangguan pendengaran sejak lahir, rutin terapi di RS
penyandang disabilitas berhak dapat kuota kerja di BUMN
atlet paralimpiade kita juara lagi, bangga {bgt}
cek pendengaran bayi baru lahir penting buat deteksi dini
difabel juga berhak akses transportasi umum yang layak
operasi katarak gratis buat lansia di {city}, daftarnya di puskesmas
pemain tuli di tim futsal itu jago {bgt}
tunanetra sekarang bisa pakai pembaca layar buat baca berita
orang tua anak autis butuh dukungan, bukan dihakimi

[cacat_lit]
barangnya cacat produksi, untung bisa diretur
putusan itu cacat hukum menurut pengacaranya
mobil bekasnya ternyata ada cacat di sasis
sertifikat tanahnya cacat administrasi, harus diurus ulang
kursi yang cacat produksi ditarik dari pasaran

[proverb]
keledai aja gak jatuh ke lubang yang sama dua kali, semoga banjir tahun ini diantisipasi
jangan jadikan sopir kambing hitam, periksa juga perusahaannya
benalu di pohon mangga harus dipangkas biar pohonnya gak mati
minum obat cacing enam bulan sekali buat anak
parasit di ikan mentah bisa bikin sakit, masak sampai matang

[fiqh]
najis anjing dicuci tujuh kali, salah satunya pakai tanah
celana kena najis harus dicuci dulu sebelum salat
ustaz bilang tanda orang munafik ada tiga: bohong, ingkar janji, dan khianat
istilah kafir dalam fikih beda konteks sama urusan bernegara
air liur kucing gak najis kata ustaz di pengajian tadi
najis mughallazah itu najis berat, kayak anjing dan babi

[budak_lit]
gw cuma budak korporat, nunggu gajian tanggal 25
kata orang Riau budak itu anak-anak, budak-budak di kampung main bola tiap sore
sejarah perbudakan di perkebunan zaman kolonial
perbudakan modern di kapal ikan harus diusut

[jv_civil]
matur nuwun infone, min
wis to, ojo padu, kabeh iso dirembug apik-apik
ndasku mumet mikir cicilan
sampeyan leres, mas, datane pancen ngono
monggo dicek maneh datane
aku wong ndeso, seneng urip tenang ning kampung
udan deres ning {city}, ati-ati nang dalan
kowe sido mudik ora taun iki?
wong {city} pancen ramah-ramah, aku betah
kowe bener, mas, aturane pancen durung jelas

[beban_lit]
utang luar negeri makin jadi beban negara
subsidi energi jadi beban APBN tiap tahun
pensiun seumur hidup buat anggota DPR itu beban negara menurut {me}
cicilan KPR jadi beban keluarga muda

[you_civil]
{you} udah makan belum? jangan lupa istirahat
makasih {you} udah ngingetin soal {topic}
{you} bener bro, {reason}
semoga {you} sehat selalu, salam dari {city}
kalo {you} ke {city} kabarin ya, kita ngopi
{you} kerja di mana sekarang? masih di {city}?
{you} pake provider apa? di rumah {me} sinyalnya jelek
{you} udah nonton videonya? ngeri {bgt}
emang {you} tinggal di {city} juga?
{you} bisa cek {where_check}, biasanya ada infonya
kayak {you} bilang kemarin, {topic_clause}
{you} tuh paling update soal {topic}, makasih infonya
lu juga hati-hati di jalan ya bro
lo jadi ikut {event} gak?
lu pake aplikasi apa buat bayar pajak motor?
kamu udah daftar ulang sekolah anak belum?
muka {you} di video liputan tadi keliatan capek, semangat ya
{you} emang jago masak, resepnya dong
emang bener kata {you}, {reason}
lu mah enak kerja deket rumah, gw tiap hari kena macet
gue sama lu sama-sama korban PHK, semangat cari kerja lagi
lo tau gak, {question}?
kamu sabar {bgt} ngadepin antrean tadi, salut

[word_lit]
tinggi muka air di pintu air Manggarai naik lagi
uang muka KPR sekarang bisa lima persen
beritanya masuk halaman muka koran pagi ini
caleg di dapil {me} muka lama semua, belum ada yang baru
cuci muka pakai air dingin bikin seger
muka bumi makin panas, pohon harus ditanam lagi
anak {me} baru masuk sekolah dasar tahun ini
dasar hukum aturan ini apa ya {min}?
pada dasarnya {me} setuju, asal {condition}
kebutuhan dasar warga harus dipenuhi dulu
tarif dasar listrik katanya gak naik tahun ini
dasar laut di {tour} bagus buat snorkeling
dasar pertimbangan hakim dibacakan kemarin
emang bener, harga di pasar {city} naik semua
emang gitu sih kalo musim hujan, {local_exp}
emang enak makan bakso pas hujan
pelaku jadi otak perampokan di {city}, kata polisi
stroke otak bisa dicegah dengan olahraga dan kurangi garam
main catur bagus buat asah otak anak
jangan otak-atik meteran listrik sendiri, bahaya
rasanya kayak mimpi timnas bisa menang
cuacanya kayak gini terus dari seminggu
kayak tahun lalu, harga cabai naik jelang lebaran
jaga mulut dari makanan yang terlalu pedas kalo lagi sariawan
"""

_CLEAN_TEMPLATES = """
[t_ord]
penyakit jantung sekarang banyak kena usia muda, jaga pola makan
postingan ini informatif {bgt}, {thanks_tail}
anak {me} ngeyel kalo disuruh tidur siang
panggung hiburan 17-an di kampung {me} rame {bgt}
Bagaimana dengan nasib {who} kalau {topic} jadi diberlakukan?
Bagaimana cara mendaftarnya, {min}?
{me} belain timnas sampe kapan pun, menang kalah tetep dukung
item diskon di TikTok Shop cepet {bgt} habisnya
masjid di kampung {me} baru direnovasi, alhamdulillah
pengajian di masjid komplek tiap malam Jumat rame
penyakit DBD lagi naik di {city}, hati-hati
matahari baru nongol jam sembilan, mendung terus dari pagi
harga segini pantesnya dapet fasilitas yang lebih bagus
anak {me} pinter matematika, pengen ikut olimpiade
guru yang pinter ngajar itu langka, hargai mereka
ngaca dari negara tetangga, transportasi umumnya bisa rapi
semalem hujan deres di {city}, pagi ini jalanan becek
pertandingan semalem seru {bgt}
kirim bantuan ke posko {disaster} lewat mana ya?
kirim paket dari {city} ke {city} berapa hari ya sekarang?
alamatnya di mana ya {min}? mau daftar
keliatan {bgt} pemainnya capek di babak kedua
tes IQ buat anak perlu gak sih?
tungguin update-nya ya {min}
kerjaan numpuk, gak sempet nonton timnas
{me} kapok naik pesawat murah, delay terus
warga serbu pasar murah di {city}
kebun binatang Ragunan rame {bgt} pas libur
KTP {me} lupa ditaruh di mana, bikin baru ribet gak ya?
biar {hope}, {me} ikut bantu doa
gak usah panik, {reassure}
pantes aja rame, ternyata {event} lagi ada di {city}
emang enak sih tinggal di {city}, cuma {local_exp}
tuh kan, {topic_clause}, kemarin {me} udah bilang
udah lah, yang penting {condition_life}
sabar deh, {reassure}
lu tuh rajin {bgt} ngikutin berita {topic}, salut {pp}
mending {you} daftar sekarang, kuotanya terbatas
lo pada jangan lupa bawa payung, {weather}
kayak tahun lalu, {topic_clause} lagi
gw mah santai aja, {topic} naik turun biasa
{you} jangan lupa {reminder}
semua warga {city} diimbau {reminder}
biarin aja {you}, beda pendapat itu biasa
sini-sini {me} jelasin, {answer}
hmm emang {topic} lagi rame ya? {me} baru tau
mantap infonya {min}
setuju {bgt} {pp}
makasih {min} {pp}
ikut prihatin {pp}
lanjutkan {min}
info yang bermanfaat
hadir {min}
pantau dari {city}
nyimak aja {me}
ngeri juga ya
wah parah sih
bener {bgt} ini
semoga cepat pulih
semangat {who}!
gak nyangka {bgt}
bakal ada diskon tiket mudik gak ya tahun ini?
katanya bulan depan {topic} bakal dievaluasi, semoga bener
besok {me} mau ke {city}, tol {tol} macet gak ya?
guys, {question}?
guys jangan lupa besok {reminder}
{you} pasti bisa, semangat {pp}
kalo {you} ke {city}, mampir ke pasar kulinernya, pasti ketagihan
pengen ke {tour} lagi, pemandangannya bagus {bgt}
pengen beli rumah tapi harganya makin tinggi
kira-kira {topic} bakal naik lagi gak ya?
kenapa {topic_clause}? ada yang tau alasannya?
makanya {me} sekarang {habit}
gak usah khawatir, {reassure}
mending {alt_choice}
pantes aja {topic_clause}, ternyata {explain}
emang bener sih, {reason}
sini {me} bantu jawab, {answer}
{you} mau ikut? besok ada {event} di {city}
pasti rame nih {event} besok
timnas pasti bisa, ayo dukung terus!
hp {me} mati total kemarin, untung datanya udah di-backup
sakit gigi gara-gara kebanyakan makan manis
anak {me} lahir pas banjir kemarin, alhamdulillah sehat
kaum muda harus melek politik, jangan golput
kaum buruh demo soal UMR di {city}, semoga tuntutannya didengar
manusia silver di lampu merah makin banyak, perlu perhatian dinas sosial
di muka umum pejabat harus kasih contoh yang baik
dari mulut ke mulut, warung ini jadi rame
sariawan di mulut gak sembuh-sembuh, obatnya apa ya?
ketemu temen lama di KRL tadi pagi, seneng {bgt}
harga cabai lagi tinggi, semoga cepet turun
Indonesia timur juga butuh pembangunan yang sama
negeri ini butuh lebih banyak lapangan kerja
{me} kira {topic} udah selesai, ternyata masih berlanjut
keliatannya {topic} mulai membaik
baju lebaran anak-anak udah dibeli, tinggal kue
sebar info ini ke grup keluarga ya {min}
udah {me} upload videonya di grup RT
temenan dari SD sampe sekarang, alhamdulillah
laporin aja ke aplikasi pengaduan, biasanya cepet direspon
omong-omong, {question}?
gara-gara hujan deres, {local_exp2}
ajak keluarga nonton pawai budaya di {city}, seru {bgt}
{me} bakal milih yang programnya paling masuk akal
dikasih diskon ongkir, lumayan banget
anak-anak dikasih makan di sekolah, semoga beneran bergizi
Saudara {fname}, terima kasih atas koreksinya.
Anda benar, {reason}.
Saya tidak setuju dengan pendapat Anda, karena {reason}.
Menurut saya kebijakan ini tidak tepat sasaran.
Bapak menteri yang terhormat, mohon perhatikan soal {topic}.
Penulis artikel ini sebaiknya mencantumkan sumber datanya.
Sebaiknya Anda membaca beritanya sampai selesai sebelum berkomentar.
Tidak ada gunanya marah-marah, lebih baik kita awasi bersama.
Pemerintah sebaiknya fokus saja pada {topic}.
Semoga {hope}, aamiin.
kamu dari {city} ya? {me} juga
kau jadi mudik ke {city} tahun ini?
loe bener, {reason}
elu udah daftar belum? besok terakhir
situ tinggal di {city}? banjirnya parah gak?
ente udah coba {try_thing}?
u udah nonton pertandingannya? {football}
elo kerja di {city} juga? macetnya gimana?
lu pada udah dapet THR belum?
kalian semua hati-hati di jalan ya
beban kerja guru sekarang berat {bgt}
rak minyak goreng di minimarket kosong lagi
pemain itu jago tembak dari luar kotak penalti
mobil terseret arus banjir di {city}, semoga gak ada korban
rumahnya kebanjiran, ayo bantu tetangga kita
sekeluarga mudik naik motor, hati-hati di jalan
bau sampah dari TPA kecium sampe ke permukiman
gajah sumatera makin terancam karena hutannya dibuka
tinggi badan anak {me} di bawah rata-rata, kata dokter perlu perbaikan gizi
olahraga rutin bagus buat kesehatan otak
biar gak telat, {me} berangkat jam lima pagi
dasar negara kita Pancasila, jangan dilupakan
sekolah dasar di kampung {me} kekurangan guru
alamat kantor samsat {city} di mana ya?
datengin aja langsung kantor kecamatannya, cepet kok
siap-siap mudik, jangan lupa cek kendaraan
hati-hati pulang malem, jalanan di {city} gelap
screenshot aja buktinya terus lapor ke layanan konsumen
abisin makanannya, jangan dibuang
jangan injek rumput di taman kota ya
film aksinya seru, adegan tonjok-tonjokannya keren
emang {topic} ini ribet, tapi pelan-pelan pasti beres
pasti ada jalan keluar soal {topic}, sabar aja
{me} udah tinggal di {city} hampir sepuluh tahun, dan jujur {topic} dari dulu masalahnya \
sama: {reason}. semoga kali ini {hope}, karena warga udah capek nunggu
kemarin {me} {experience}, terus pas pulang {local_exp2}. kalo dipikir-pikir, \
{topic_clause} itu udah jadi hal biasa buat kita, padahal harusnya gak gitu
{topic} mulai berlaku kapan ya? {pp}
ada yang tau {question}? {pp}
ada yang tau {question}?
{min}, sumbernya dari mana ya?
{topic} ini berlaku buat {who} juga gak?
gimana nasib {who} kalo {topic_clause}?
makasih infonya {min}, {thanks_tail}
terima kasih sudah memberitakan soal {topic}, {thanks_tail}
infonya bermanfaat {bgt}, {thanks_tail}
menurut {me} {topic} perlu dievaluasi, {reason}
setuju sama {commenter_n}, {reason}
{topic_clause}, semoga {hope}
{topic_clause}, semoga {hope}
semoga {hope} {pp}
{me} dukung {topic}, asal {condition}
kurang setuju sih, {reason}
di {city} juga {local_exp}
di {city} juga {local_exp}
tadi pagi {local_exp2}
kemarin {me} {experience}
koreksi {min}, {correction}
typo di paragraf {num}, harusnya {typo_fix}
{joke}
{joke} {pp}
{football}
{football} {pp}
{weather}
{tech}
{health}
{edu}
{religion}
{price}
{traffic}
{traffic} {pp}
{you} udah coba {try_thing} belum? {me} kemarin {try_result}
bener kata {you} {pp}, {reason}
setuju sama {you}, {reason}
{you} tinggal di mana emang? di {city} {local_exp}
{mention} iya bener, {me} juga pernah {experience}
{mention} makasih infonya, {thanks_tail}
{mention} coba cek {where_check}, biasanya ada infonya
{mention} {you} salah paham kayaknya, {reason}
lumayan lah, {topic} mulai ada perbaikan
{good_news}, alhamdulillah
akhirnya {good_news} {pp}
{topic_clause}? {me} sih berharap {hope}
jujur {me} masih bingung soal {topic}, ada yang bisa jelasin?
kalo soal {topic}, {me} lebih percaya data BPS
pengalaman {me} di {city}: {local_exp}
{topic_clause}. yaudah lah, semoga {hope}
{topic_clause}, {me} cuma bisa sabar
{topic_clause} {pp}
{topic_clause} {bgt} {pp}
{me} kerja jadi {who} di {city}, {worker_exp}
tolong dibahas juga soal {topic} {min}
ditunggu update berikutnya soal {topic}
beritanya lengkap, {thanks_tail}
kayaknya perlu liputan lanjutan soal {topic}
wkwk {joke}
semangat buat {who} di {city}!
turut berduka buat korban {disaster} di {city}, semoga keluarga diberi ketabahan
ayo kita bantu korban {disaster}, {help_info}
{topic} naik turun itu biasa, yang penting {condition}
dulu {me} juga gitu, sekarang udah {experience}
maaf OOT, {question}?
numpang tanya {min}, {question}?
{you} bener sih, tapi {reason}
{me} gak sepenuhnya setuju sama {you}, {reason}
gak apa-apa beda pendapat, yang penting {condition}
Saya sebagai {who} berharap {hope}.
Sebagai warga {city}, saya berharap {hope}.
Terima kasih atas liputannya, semoga {hope}.
Mohon maaf, izin mengoreksi: {correction}.
Pemerintah sebaiknya {gov_advice}.
Menurut saya {topic} harus dikaji ulang karena {reason}.
kalo menurut {me} sih pemerintah harus {gov_advice}
so true, {reason}
honestly {topic} ini penting {bgt}, {reason}
btw {question}?
literally baru kemarin {me} {experience}
{topic_clause}, {you} ngalamin juga gak?
ada yang senasib? {topic_clause}
thanks {min}, {thanks_tail}
{mention} sama, di tempat {me} juga {local_exp}
kalian udah nonton pertandingan tadi? {football}
mbak reporternya jelas {bgt} bawain beritanya
{pub} baru ngumumin soal {topic}, kita tunggu realisasinya
semoga {pub} bisa kerja lebih baik soal {topic}
{me} pribadi netral soal {topic}, asal {condition}
{mention} boleh minta link beritanya?
udah {me} share ke grup, {thanks_tail}
baru tau ternyata {topic} ngaruh ke {who} juga
apa kabar {who} di {city}? semoga sehat semua
{you} dari {city} juga? salam kenal {pp}
info {topic} kayak gini harusnya disebar lebih luas
hari ini {weather}, {me} mager keluar rumah
harusnya {topic} dibahas bareng {who}, bukan cuma pejabat
{me} nunggu kelanjutan kasus {topic}, semoga tuntas
mau nanya dong, {question}?
yang penting kita tetep {condition_life}
oke {min}, {thanks_tail}
setuju {bgt}, {gov_advice} itu penting
terlepas dari pro kontra, {topic} harus diawasi bareng
kalo {topic_clause}, {who} mau gimana coba?
RT {mention}: {good_news} 🙏
cc {mention}, {question}?
{mention} udh daftar blm? besok terakhir
{mention} {mention} ayo nobar, {football}
yg di {city} udh hujan blm?
td pagi {local_exp2} jd telat ngantor
gk sabar nunggu weekend
bsk jgn lupa {reminder} ya guys
info dong, {question}?
mksh infonya min 🙏
{joke} 😂😂
wkwk sm bgt, {local_exp}
udh {me} coba {try_thing}, {try_result}
{mention} wkwk iya {bgt}, {local_exp}
kucing oren {me} tiap pagi nungguin di depan pintu
{you_civil}
{you_civil}
{you_civil}
{you_civil}
{mention} {you_civil}
{word_lit}
{word_lit}
{word_lit}
{you} juga ngerasain gak? {topic_clause}
{you} di {city} juga gitu? di sini {local_exp}
kayak biasa, {topic_clause}
kayaknya {topic} bakal rame lagi minggu ini
{you} kayaknya bener, {reason}
{you} tau gak, {question}?
makasih ya {you}, {thanks_tail}
sama kayak {you}, {me} juga pernah {experience}
kayak kata {you}, mending {alt_choice}
di tempat {you} gimana? di {city} {local_exp}
{you} jadi ke {city} kapan? kabarin ya
{you} mau titip apa? {me} lagi di pasar
rasanya kayak baru kemarin lebaran, eh udah mau puasa lagi
kayak gini nih yang bikin {me} betah tinggal di {city}
{you} sehat? lama gak keliatan komen di sini
{you} sama {me} kayaknya satu kampung deh, dari {city} juga kan?
kayak {you} aja, {me} juga {habit}
emang {you} gak capek tiap hari macet ke {city}?
{you} semangat ya, {topic} pasti ada jalan keluarnya
{mention} {you} bener, {me} juga {habit}

[reminder]
bayar pajak motor
bawa payung
cek jadwal KRL
daftar ulang sekolah
nyoblos di TPS

[habit]
selalu bawa payung
nabung emas dikit-dikit
naik KRL
masak sendiri
belanja di pasar

[reassure]
pendaftarannya masih dibuka sampe minggu depan
stoknya aman kata pedagang
bisa diurus online kok
petugasnya ramah dan cepet

[alt_choice]
naik KRL daripada macet-macetan di tol
masak sendiri daripada jajan tiap hari
nabung dulu daripada ambil pinjol
berangkat pagi daripada kejebak macet

[explain]
ada perbaikan jaringan
pasokan dari petani berkurang
lagi musim hujan
ada acara di dekat situ

[answer]
daftarnya lewat aplikasi resmi
syaratnya cuma KTP sama KK
bisa di kantor kecamatan
infonya ada di website pemda

[event]
kerja bakti
donor darah
bazar UMKM
senam pagi
nobar timnas

[condition_life]
sehat
rukun sama tetangga
jaga kebersihan
saling bantu
semangat kerja
hemat sampai gajian

[t_hard]
{me} muak sama janji kampanye, tapi tetep bakal nyoblos
Tiongkok negara komunis tapi ekonominya maju, menarik dibahas
deportasi WNA yang melanggar aturan itu wajar
jijik liat got mampet di depan pasar, tolong dibersihin
istilah antek asing sering dipake buat nyerang lawan politik
usir tikus dari dapur pakai apa ya yang ampuh?
umat Nasrani merayakan Paskah dengan khidmat di {city}
mobil listrik buatan Cina makin banyak di jalan
Cina larang ekspor bahan baku, industri kita kena imbas
kuliner Cina Benteng di Tangerang enak-enak
tahun baru Cina jatuh bulan depan, libur panjang
pecinan di {city} rame pas Imlek
orang Cina yang {me} kenal di pasar baik-baik semua, gak usah digeneralisasi
{pub} pantes dikritik, {critique}
{pub} emang gak kompeten, {critique}
{inst} tuh lamban {bgt}, {topic_clause}
biar kapok, koruptor harus dimiskinkan
udah lah {pub} mundur aja, {critique}
ngawur {bgt} kebijakannya
memalukan {pub}
usut tuntas!
tangkap koruptornya!
gagal total {pub}
anjing {me} lucu {bgt}
daging babi haram buat {me}
tai kucing lagi di teras
sampah numpuk lagi
pejabat korup, tangkap!
pejabat yang gak becus mending mundur aja
jangan dikasih jabatan lagi, {critique}
{pub} pasti bakal ngeles lagi, {critique}
percuma lapor, {inst} gak bakal nanggepin
komen {you} sok tau {bgt}, coba cek datanya
ketemu {pub} di acara, {me} langsung sampaikan keluhan warga
mulut {pub} harus dijaga, ucapannya bikin gaduh
kenapa {inst} gak bertindak? {topic_clause}
makanya jangan asal bikin aturan, {critique}
mengusir pengungsi pakai kekerasan itu salah
warga sempat mengusir maling yang masuk kampung, lalu menyerahkannya ke polisi
ngeri, pelaku mengancam akan membakar rumah korban sekeluarga
manusia macam apa yang tega menyiksa anak kecil, semoga pelakunya dihukum berat
kaum perempuan harus dilindungi dari kekerasan seksual
pelaku ditembak mati setelah menyerang polisi
seret koruptor ke pengadilan, sita asetnya
pelaku tawuran membawa celurit dan gir motor
polisi menyita golok dan parang dari kelompok yang hendak tawuran
korban disiram air keras oleh orang tak dikenal di {city}
kasus penculikan anak di {city} bikin orang tua waswas
tersangka mengaku mencekik korban lalu membuang jasadnya
suami menghajar istrinya hingga masuk RS, pelaku sudah ditahan
korban pengeroyokan mengalami patah tulang dan sempat koma
pembunuhnya divonis hukuman mati
kasus dukun santet yang dihakimi massa dulu jadi pelajaran, jangan main hakim sendiri
jangan gantung nasib guru honorer, angkat jadi ASN
body shaming ke presenter itu gak lucu, stop
stop ngatain orang gendut atau cebol di kolom komentar
jangan sebar data pribadi orang, itu melanggar UU PDP
fotokopi KTP jangan sembarangan dikasih ke orang
nomor HP {me} bocor, tiap hari ditelpon pinjol
akun {me} diretas, hati-hati link phising
TKA ilegal dipulangkan ke negaranya sesuai aturan imigrasi
imigrasi mendeportasi WNA yang overstay di {city}
Saya tidak setuju dengan kebijakan ini, pemerintah tidak boleh tutup mata terhadap {topic}.
Kinerja {pub} tidak memuaskan, sebaiknya dievaluasi saja.
{me} paham kenapa orang marah soal {topic}, {me} juga marah. tapi tolong kritiknya ke \
kebijakan dan pejabatnya, jangan bawa-bawa suku atau agama, karena {hs_comment}
baca beritanya bikin {me} emosi: {crime_report}. semoga polisi kerja cepat, pelaku \
dihukum seberat-beratnya, dan korban dapat pendampingan
{pub} itu pejabat publik, jadi wajar dikritik keras. tapi kritik ya soal kerjanya: \
{critique}, bukan soal muka atau keluarganya
saya sangat tidak setuju, kebijakan {topic} ini ngawur
sangat tidak setuju, {topic} ini ngawur {bgt}, {reason}
{me} gak setuju {bgt} sama {you}, {reason}
argumen {you} gak masuk akal, {reason}
komen {you} gak nyambung sama beritanya, coba baca lagi
maaf ya {you}, tapi data {you} salah, {reason}
{pub} gak becus, {critique}
{pub} harusnya mundur, {critique}
{pub} {harsh_crit}, {critique}
{target3} {civil_neg} {bgt}, {critique}
{inst} {harsh_crit}
{inst} {harsh_crit}, {critique}
pemerintah gagal total ngurus {topic}
DPR cuma {critique}
memalukan! {topic_clause} dan {pub} diem aja
kinerja {pub} nol besar, {critique}
{inst} {reform}
pejabat yang terbukti korupsi harus dihukum berat dan dimiskinkan
{topic_clause}. {pub} {harsh_crit}
{writer} tolong lebih teliti, {critique}
beritanya berat sebelah, {critique}
judulnya clickbait, isinya gak sesuai
KECEWA {bgt} SAMA {inst}!!! {critique}
SAYA SANGAT KECEWA DENGAN PELAYANAN {inst_caps}
{pub} ini bener-bener gak punya empati, {critique}
kebijakan paling ngawur tahun ini, {reason}
{pub} {harsh_crit}, udah saatnya diganti
hebat ya, {sarcasm}
wah prestasi, {sarcasm}
mantap, {sarcasm}
selamat ya {pub}, {sarcasm}
{sarcasm} {pp}
{crime_report}
{crime_report}
ngeri {bgt}, {crime_report}
semoga pelaku {crime} dihukum seberat-beratnya
{crime_report}. semoga korban cepet pulih
polisi harus usut tuntas kasus {crime} di {city}
pelaku {crime} di {city} akhirnya ditangkap, {crime_comment}
korban {crime} butuh pendampingan, jangan malah disalahkan
menurut polisi, pelaku sempat mengancam akan {threat_reported} korban
tersangka mengaku {confession}
kata {pub} di artikel: "{official_quote}"
mengutip artikel: "{article_quote}", {me} rasa {reason}
ujaran kebencian terhadap {grp_neutral} harus dilawan
komentar rasis ke {grp_neutral} gak bisa dibenarkan, {hs_comment}
stop ujaran kebencian di kolom komentar, {hs_comment}
jangan pakai istilah cebong, kampret, kadrun lagi, bikin bangsa terbelah
yang nyebut orang Papua monyet harus diproses hukum
kasus rasisme terhadap mahasiswa Papua harus diusut tuntas
sebutan "{slur_quoted}" itu merendahkan, tolong moderator hapus komentar kayak gitu
diskriminasi terhadap {grp_neutral} masih terjadi di {city}, {hs_comment}
moderator tolong hapus komen yang isinya makian, {hs_comment}
pasal ujaran kebencian harus dipake buat yang nyebar SARA, bukan buat kritik
MUI juga bilang gak perlu nyebut warga nonmuslim kafir dalam urusan bernegara
{animal_lit}
{animal_lit}
{animal_lit}
{gila_pos}
{gila_pos}
{sampah_lit}
{grp_neutral} di {city} ikut {good_act}
{grp_event}
{grp_event}
{me} punya banyak temen {grp_neutral}, {friend_comment}
saya kurang setuju {civil_policy}, tapi {civil_tail}
{me} gak setuju {civil_policy}, tapi {civil_tail}
{medlegal}
{medlegal}
{neutral_danger}
{neutral_danger}
{self_dep}
{bangsa}
{you} salah paham deh, {reason}
santai {you}, gak usah ngegas, {reason}
{me} ngerti {you} kesel, tapi {reason}
{mention} {you} boleh beda pendapat, tapi {hs_comment}
{mention} jangan gitu, {hs_comment}
kritik keras boleh, tapi jangan pakai kata kasar
{pub} layak dikritik keras, {critique}
{pub} harus diperiksa KPK, {critique}
polisi yang memukul demonstran harus diproses hukum
{inst} kok lepas tangan? {topic_clause}
{topic_clause} dan {inst} cuma bilang "sedang dikaji", payah
jangan sok tahu dulu sebelum ada data resmi
{pub} {harsh_crit}, tapi yang salah juga sistemnya
pemimpin kayak gini gak layak dipilih lagi, {critique}
HARGA NAIK TERUS, GAJI SEGITU-GITU AJA!!!
{topic} GAGAL TOTAL, {pub} HARUS TANGGUNG JAWAB
tolong {pub} jangan cuma pencitraan, {topic_clause}
gak habis pikir sama {inst}, {critique}
{inst} payah, {topic_clause} gak ada solusinya
{writer} kok nulis beritanya setengah-setengah? {critique}
hukuman koruptor terlalu ringan, harusnya dimiskinkan
massa yang membakar rumah warga itu harus dihukum juga
jangan main hakim sendiri, serahkan pelaku ke polisi
video pengeroyokan itu bikin {me} merinding, semoga pelakunya dihukum
kasus {crime} di {city} bikin warga takut keluar malam
{me} pernah jadi korban {crime}, tolong jangan dianggap enteng
anak {me} dibully di sekolah, gurunya harus tegas
{pub} ngaku gak tau soal {topic}? masa sih
katanya "{official_quote}", kita lihat aja buktinya
"{article_quote}" ngeri {bgt} bacanya
{grp_neutral} juga warga negara yang punya hak sama
keberagaman agama di {city} itu kekayaan, jangan dipecah belah
{me} muslim dan tetangga {me} Kristen, kita saling bantu tiap hari raya
jemaat Ahmadiyah juga warga negara, hak ibadahnya dilindungi konstitusi
orang Papua punya hak yang sama buat kuliah di mana pun
LGBT boleh diperdebatkan, tapi kekerasan ke siapa pun gak bisa dibenarkan
pengungsi Rohingya perlu ditata dengan aturan yang jelas, bukan diusir paksa
{me} orang {ethnic}, istri {me} orang {ethnic}, rukun-rukun aja
masakan {ethnic} favorit {me}, apalagi pas lebaran
bener sih, {topic_clause}, parah {bgt} tapi itu kenyataan
gila sih {topic_clause}
{figure} {figure_crit}
menurut {me} {figure} {figure_crit}
{me} gak setuju sama pernyataan {figure} soal {topic}, {reason}
{pub} sebaiknya mundur kalau gagal ngurus {topic}
kritik ke {figure} itu wajar, dia tokoh publik
{figure} sebaiknya minta maaf soal ucapannya kemarin
{me} pemilih {party}, tapi kali ini {me} gak setuju soal {topic}
{party} gak konsisten, dulu nolak {topic} sekarang malah dukung
kecewa sama {party}, {figure_crit}
{party} sama {party} sama aja, sama-sama diem soal {topic}
kalo {figure} salah ya dikritik, kalo bener ya diapresiasi
{party} menang di {city}, semoga janjinya soal {topic} ditepati
{pol_demand}!
{pol_demand}, {reason}
{pol_demand} {civil_tag}
{civil_tag} {pol_demand}
RT {mention}: {pol_demand}
{pol_opinion}
{pol_opinion}, {reason}
{me} sih berpendapat {pol_opinion}
ikut gerakan {civil_tag} itu hak politik warga, jangan dikriminalisasi
#gantipresiden itu hak politik warga, sah-sah aja
{corrupt_report}
{corrupt_report}
{corrupt_report}, {crime_comment}
{corrupt_report}. hukumannya masih kurang berat
koruptor harus dimiskinkan, {corrupt_report}
{slur_topic}
{slur_topic}, {hs_comment}
{mention} {slur_topic}
{blasphemy_news}
mengutip artikel: "{blasphemy_news}"
{pki_topic}
{civil_reply}
{civil_reply}
{mention} {civil_reply}
{civil_reply} {pp}
{disab_fact}
{disab_fact}
{cacat_lit}
{fiqh}
{budak_lit}
{jv_civil}
{beban_lit}
{proverb}
{you_civil}
{mention} {you_civil}
{word_lit}
{word_lit}
{animal_lit}
{animal_lit}
{disab_fact}
{slur_topic}
{corrupt_report}
{pol_demand}!!!
{figure} {figure_crit}
{civil_reply}
{fiqh}
{jv_civil}
{cacat_lit}
{you} boleh kesel, tapi kayak gini jangan sampai main hakim sendiri
kayaknya {pub} emang harus dievaluasi, {critique}
kalo {you} gak setuju, kasih datanya, kayak {me} tadi
{you} marah wajar, {me} juga marah soal {topic}, tapi jangan nyerang orangnya
{pki_topic}
{pki_topic}, jangan dipake buat nuduh orang sembarangan
{budak_lit}
mengutip artikel: "{corrupt_report}"
"""


# --------------------------------------------------------------------------------------------
# The machinery: slots, filling, disguises, noise.
# --------------------------------------------------------------------------------------------

_HEADER = re.compile(r"^\[([a-z0-9_]+)\]$")
_REF = re.compile(r"\{([^{}]*)\}")


def _parse(*blocks: str) -> dict[str, tuple[str, ...]]:
    """Read `[name]` sections of one value a line; `~` is the empty string."""
    slots: dict[str, list[str]] = {}
    current: list[str] | None = None
    for block in blocks:
        for raw in block.split("\n"):
            header = _HEADER.match(raw.strip())
            if header:
                name = header.group(1)
                if name in slots:
                    raise ValueError(f"slot [{name}] is defined twice")
                current = slots[name] = []
                continue
            line = raw.strip()
            if not line:
                continue
            if current is None:
                raise ValueError(f"value outside a slot: {raw!r}")
            current.append("" if line == "~" else line)
    return {name: tuple(values) for name, values in slots.items()}


SLOTS: dict[str, tuple[str, ...]] = _parse(
    _SHARED, _ABUSE_WORDS, _ABUSE_TEMPLATES, _CLEAN_WORDS, _CLEAN_TEMPLATES
)

# Slots of swear words and slurs: their words are sometimes disguised (rate of disguise).
_DISGUISED: dict[str, float] = {
    "ins_core": 0.22,
    "ins_noun": 0.18,
    "ins_noun2": 0.2,
    "swear": 0.3,
    "swear_b": 0.3,
    "shit": 0.15,
    "swear_jv": 0.15,
    "swear_mdn": 0.15,
    "slur_cn": 0.15,
    "slur_pol": 0.15,
    "slur_lgbt": 0.15,
    "slur_mus": 0.1,
    "sex_insult": 0.2,
    "sex_verb": 0.1,
    "ins_animal_p": 0.08,
    "mouth_rude": 0.12,
    "jv_insult": 0.1,
    "slur_person": 0.15,
}


def _check(slots: dict[str, tuple[str, ...]]) -> None:
    """Every `{name}` refers to a slot, every slot has values, braces balance."""
    for name, values in slots.items():
        if not values:
            raise ValueError(f"slot [{name}] is empty")
        for value in values:
            for ref in _REF.findall(value):
                if "|" not in ref and ref not in slots:
                    raise ValueError(f"slot [{name}]: unknown {{{ref}}} in {value!r}")
            if value.count("{") != value.count("}"):
                raise ValueError(f"slot [{name}]: unbalanced braces in {value!r}")


_check(SLOTS)

_LEET = str.maketrans({"a": "4", "i": "1", "o": "0", "e": "3"})
_VOWELS = "aiueo"


def _disguise(phrase: str, rng: random.Random) -> str:
    """Disguise the longest word of a swear word or slur: 4njing, b*ngsat, a.n.j.i.n.g, gblk."""
    words = phrase.split(" ")
    index = max(range(len(words)), key=lambda i: len(words[i]))
    word = words[index]
    if len(word) < 3 or not word.isalpha():
        return phrase
    kind = rng.randrange(9)
    if kind == 0:
        word = word.translate(_LEET)
    elif kind == 1:
        inner = [i for i in range(1, len(word) - 1) if word[i] in _VOWELS] or [1]
        pos = rng.choice(inner)
        word = word[:pos] + "*" + word[pos + 1 :]
    elif kind == 2:
        word = ".".join(word)
    elif kind == 3 and len(word) >= 5:
        word = word[0] + "".join(ch for ch in word[1:] if ch not in _VOWELS)
    elif kind == 4:
        word = word + word[-1] * rng.randint(2, 5)
    elif kind == 5:
        word = word.upper()
    elif kind == 6:
        word = " ".join(word)
    elif kind == 7:
        vowels = [i for i, ch in enumerate(word) if ch in "aio"]
        if vowels:
            pos = rng.choice(vowels)
            word = word[:pos] + word[pos].translate(_LEET) + word[pos + 1 :]
    else:
        cut = rng.randint(1, len(word) - 1)
        word = word[:cut] + rng.choice(("-", "_", "")) + word[cut:] + word[-1]
    words[index] = word
    return " ".join(words)


def _fill(template: str, rng: random.Random) -> str:
    """Fill `{slot}` and `{a|b}` references, innermost first, until none is left."""

    def pick(match: re.Match[str]) -> str:
        key = match.group(1)
        if "|" in key:
            return rng.choice(key.split("|"))
        value = rng.choice(SLOTS[key])
        rate = _DISGUISED.get(key, 0.0)
        if rate and "{" not in value and rng.random() < rate:
            value = _disguise(value, rng)
        return value

    text = template
    for _ in range(16):
        if "{" not in text:
            break
        text = _REF.sub(pick, text)
    return _tidy(text)


def _tidy(text: str) -> str:
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r" +([,.!?;:])(?=\s|$)", r"\1", text)
    text = re.sub(r",\s*,", ",", text)
    text = re.sub(r"^[,\s]+|[,\s]+$", "", text)
    return text


# Slang respellings a reader may use for a standard word (word -> choices).
_INFORMAL: dict[str, tuple[str, ...]] = {
    "saya": ("gw", "gue", "aku", "sy", "gua"),
    "tidak": ("gak", "ga", "nggak", "tdk", "gk", "ngga"),
    "gak": ("ga", "gk", "nggak", "kagak", "ngga", "g"),
    "sudah": ("udah", "udh", "sdh", "dah"),
    "udah": ("udh", "dah", "sdh"),
    "banget": ("bgt", "bngt", "bgtt"),
    "yang": ("yg",),
    "tapi": ("tp", "tpi"),
    "sama": ("sm", "ama"),
    "juga": ("jg", "juga"),
    "untuk": ("buat", "utk"),
    "dengan": ("dgn", "sama"),
    "karena": ("krn", "soalnya", "karna"),
    "aja": ("aj", "ae"),
    "orang": ("org",),
    "bisa": ("bs", "bisa"),
    "kalau": ("kalo", "klo", "klw"),
    "kalo": ("klo", "klw"),
    "lagi": ("lg",),
    "gimana": ("gmn", "gmana"),
    "sekarang": ("skrg", "skrng"),
    "belum": ("blm", "belom"),
    "jangan": ("jgn",),
    "emang": ("emg", "emng"),
    "kayak": ("kyk", "kek", "kaya"),
    "banyak": ("byk", "bnyk"),
    "dari": ("dr",),
    "pakai": ("pake",),
    "begitu": ("gitu", "gt"),
    "gitu": ("gt",),
    "lu": ("lo", "loe", "elu"),
    "gw": ("gue", "gua", "w"),
    "terus": ("trs", "mulu"),
    "dong": ("dongg", "donk"),
    "sih": ("sihh", "si"),
    "deh": ("dehh",),
    "nggak": ("ngga", "gak"),
    "tahu": ("tau",),
    "apa": ("ap", "apaan"),
    "kenapa": ("knp", "napa"),
    "seperti": ("spt", "kyk", "kayak"),
    "jadi": ("jd", "jdi"),
    "semua": ("smua",),
    "tolong": ("tlg", "tlong"),
    "bukan": ("bkn",),
    "harus": ("hrs", "kudu"),
    "masih": ("msh", "masi"),
    "sampai": ("sampe", "ampe"),
    "sampe": ("ampe", "smpe"),
    "nanti": ("ntar", "ntr"),
    "mau": ("mo", "mw"),
    "aku": ("aq", "ak"),
    "kamu": ("km", "kmu"),
    "makasih": ("mksh", "makasi", "thx"),
    "dulu": ("dlu",),
    "lebih": ("lbh",),
}

_EMOJI: tuple[str, ...] = (
    "😂",
    "🤣",
    "😭",
    "😡",
    "🤬",
    "🙏",
    "👍",
    "🔥",
    "😤",
    "🙄",
    "😒",
    "🤦‍♂️",
    "🤦‍♀️",
    "💀",
    "😅",
    "😆",
    "❤️",
    "👏",
    "😱",
    "😔",
    "🤔",
    "😏",
    "🥲",
    "😢",
    "🤡",
    "👀",
    "💯",
    "🤮",
    "😠",
    "🤭",
    "🙈",
    "💪",
    "😎",
    "😬",
    "🤷‍♂️",
)

_HASHTAGS: tuple[str, ...] = (
    "#timnas",
    "#banjirjakarta",
    "#hargaberas",
    "#pemilu",
    "#KRL",
    "#macet",
    "#viral",
    "#fyp",
    "#netizen",
    "#beritahariini",
    "#jakarta",
    "#PSSI",
    "#BPJS",
    "#PHK",
    "#UKT",
    "#tolakkenaikanBBM",
    "#DPR",
    "#indonesia",
    "#infojakarta",
    "#liga1",
    "#IndonesiaGelap",
    "#PeringatanDarurat",
    "#KaburAjaDulu",
    "#SaveKPK",
    "#pilkada",
    "#ojol",
    "#judol",
    "#trending",
    "#DPRRI",
    "#suarawarga",
)

_ENDINGS: tuple[str, ...] = (
    "",
    "",
    "",
    "",
    "",
    ".",
    ".",
    "!",
    "!!",
    "!!!",
    "!!!!!",
    "...",
    "..",
    "!1!",
    " wkwk",
    " wkwkwk",
    " haha",
    " :(",
    " :)",
    " -_-",
    " 😂",
    " 🙏",
    "?!",
)

_WORD = re.compile(r"[A-Za-z]+")
_LINK_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
_LINK_HOSTS: tuple[str, ...] = ("https://t.co/", "https://t.co/", "bit.ly/", "pic.twitter.com/")


def _link(rng: random.Random) -> str:
    """A shortened link as tweets carry them (t.co/Xy12...): a surface form, not a signal."""
    return rng.choice(_LINK_HOSTS) + "".join(rng.choices(_LINK_CHARS, k=rng.randint(7, 10)))


def _informal(text: str, rng: random.Random) -> str:
    def swap(match: re.Match[str]) -> str:
        word = match.group(0)
        choices = _INFORMAL.get(word.lower())
        if choices is None or rng.random() < 0.4:
            return word
        return rng.choice(choices)

    return _WORD.sub(swap, text)


def _stretch(text: str, rng: random.Random) -> str:
    """Repeat the last letter of one word: banget -> bangettt."""
    words = text.split(" ")
    spots = [i for i, w in enumerate(words) if len(w) >= 3 and w.isalpha() and w != "USER"]
    if not spots:
        return text
    i = rng.choice(spots)
    words[i] = words[i] + words[i][-1] * rng.randint(2, 5)
    return " ".join(words)


def _noise(text: str, rng: random.Random) -> str:
    """Reader-style surface noise, the same for both classes."""
    if rng.random() < 0.35:
        text = _informal(text, rng)
    if rng.random() < 0.15:
        text = _stretch(text, rng)
    case = rng.random()
    if case < 0.42:
        text = text.lower()
    elif case < 0.49:
        text = text.upper()
    elif case < 0.60:
        text = text[:1].upper() + text[1:]
    text = re.sub(r"\buser\b", "USER", text)
    if rng.random() < 0.07:
        # a run-on: a reader typing fast drops the commas and full stops between clauses
        text = re.sub(r"[,.;](?=\s)", "", text)
    if rng.random() < 0.05:
        text = re.sub(r"([!?])(?=\s|$)", lambda m: m.group(1) * rng.randint(2, 4), text)
    if rng.random() < 0.05:
        words = text.split(" ")
        i = rng.randrange(len(words))
        words[i] = words[i].upper()
        text = " ".join(words)
    if text.endswith("?"):
        text += rng.choice(("", "", "", "?", "??", "!"))
    elif text[-1:] not in {".", "!"}:
        text += rng.choice(_ENDINGS)
    if rng.random() < 0.2:
        marks = rng.sample(_EMOJI, rng.randint(1, 2))
        text += " " + "".join(m * rng.randint(1, 3) for m in marks)
    if rng.random() < 0.08:
        text += " " + " ".join(rng.sample(_HASHTAGS, rng.randint(1, 2)))
    if rng.random() < 0.02:
        text += " " + _link(rng)
    prefix = rng.random()
    if prefix < 0.13:
        mention = _fill("{mention}", rng)
        if prefix < 0.04:
            text = f"RT {mention}: {text}"
        elif prefix < 0.06:
            # a reply in a thread tags more than one reader
            text = f"{mention} {_fill('{mention}', rng)} {text}"
        else:
            text = f"{mention} {text}"
    return text


# --------------------------------------------------------------------------------------------
# Drawing the rows.
# --------------------------------------------------------------------------------------------


class _Kind(NamedTuple):
    category: str
    label: int
    quota: int
    template: str  # the template slot of the core sentence
    lead: tuple[str, ...]  # template slots of an optional sentence before the core
    follow: tuple[str, ...]  # template slots of optional sentences after the core


_CIVIL = ("t_ord", "t_ord", "t_hard")

# Label 1 is about 44% of the Indonesian rows (4,200 of 9,500): the abusive kinds are wide
# enough to fill these quotas with distinct texts, and the hard negatives stay the largest
# label 0 kind because every ambiguous word needs civil company.
_KINDS: tuple[_Kind, ...] = (
    _Kind("insult", 1, 1300, "t_insult", _CIVIL, ("t_insult", "t_insult", "t_ord")),
    _Kind("profanity", 1, 850, "t_prof", _CIVIL, ("t_prof", "t_prof", "t_ord")),
    _Kind("group", 1, 850, "t_group", _CIVIL, ("t_group", "t_group", "t_ord")),
    _Kind("threat", 1, 550, "t_threat", _CIVIL, ("t_threat", "t_threat", "t_ord")),
    _Kind("harassment", 1, 650, "t_harass", _CIVIL, ("t_harass", "t_harass", "t_ord")),
    _Kind("ordinary", 0, 2700, "t_ord", ("t_ord",), ("t_ord",)),
    _Kind("hard", 0, 2600, "t_hard", _CIVIL, ("t_hard", "t_hard", "t_ord")),
)

_MIN_WORDS = 3
_MAX_WORDS = 60
_JOINERS: tuple[str, ...] = (". ", ". ", ". ", ". ", ", ", ", ", " ", "... ", "! ")


def _key(text: str) -> str:
    return " ".join(text.lower().split())


def _sentence(slots: tuple[str, ...], rng: random.Random) -> str:
    return _fill("{" + rng.choice(slots) + "}", rng)


def _draw(kind: _Kind, rng: random.Random) -> str:
    """One comment: the core sentence, sometimes with a sentence before or after it, an opener,
    a closing remark, or (rarely) a longer run of sentences."""
    parts = [_fill("{" + kind.template + "}", rng)]
    if rng.random() < 0.13:
        parts.insert(0, _sentence(kind.lead, rng))
    extra = 1 if rng.random() < 0.12 else 0
    if rng.random() < 0.04:
        extra = rng.randint(2, 4)
    parts.extend(_sentence(kind.follow, rng) for _ in range(extra))
    if rng.random() < 0.2:
        parts.insert(0, _fill("{pre}", rng))
    if rng.random() < 0.08:
        parts.append(_fill("{post}", rng))
    text = parts[0]
    for part in parts[1:]:
        glue = " " if text[-1:] in {".", ",", "!", "?"} else rng.choice(_JOINERS)
        longer = text + glue + part
        if len(longer.split()) > _MAX_WORDS - 4:
            break
        text = longer
    return _noise(_tidy(text), rng)


def rows(rng: random.Random) -> list[Row]:
    """Deterministic for a given rng; no two rows with the same text (case-insensitive,
    whitespace-folded)."""
    seen: set[str] = set()
    out: list[Row] = []
    for kind in _KINDS:
        made = 0
        attempts = 0
        while made < kind.quota:
            attempts += 1
            if attempts > kind.quota * 80:
                raise RuntimeError(f"{kind.category}: only {made} distinct texts of {kind.quota}")
            text = _draw(kind, rng)
            n_words = len(text.split())
            key = _key(text)
            if not _MIN_WORDS <= n_words <= _MAX_WORDS or key in seen:
                continue
            seen.add(key)
            out.append(Row(text, kind.label, kind.category))
            made += 1
    rng.shuffle(out)
    return out


def _self_check() -> None:
    data = rows(random.Random(20240611))  # noqa: S311 - a fixed seed for a reproducible corpus
    by_label = Counter(r.label for r in data)
    by_category = Counter((r.label, r.category) for r in data)
    print(f"rows: {len(data)}  label 1: {by_label[1]}  label 0: {by_label[0]}")
    for (label, category), count in sorted(by_category.items()):
        words = [len(r.text.split()) for r in data if r.category == category]
        print(
            f"  {label} {category:<11} {count:>5}  words min {min(words)} "
            f"mean {sum(words) / len(words):.1f} max {max(words)}"
        )
    assert len({_key(r.text) for r in data}) == len(data)
    assert data == rows(random.Random(20240611))  # noqa: S311
    show = random.Random(7)  # noqa: S311
    for _, category in sorted(by_category):
        print(f"\n[{category}]")
        for row in show.sample([r for r in data if r.category == category], 5):
            print(f"  {row.text}")


if __name__ == "__main__":
    _self_check()
