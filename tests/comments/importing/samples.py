"""Import files written for the tests: WordPress (WXR) and Disqus exports, small but complete."""

from __future__ import annotations

WXR = """<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
  <title>Kabar Pesisir</title>
  <wp:wxr_version>1.2</wp:wxr_version>
  <item>
    <title>Harga Ikan Naik Menjelang Musim Hujan</title>
    <link>https://kabar.example/harga-ikan</link>
    <wp:post_id>11</wp:post_id>
    <wp:post_name>harga-ikan</wp:post_name>
    <wp:post_type>post</wp:post_type>
    <wp:comment_status>open</wp:comment_status>
    <wp:comment>
      <wp:comment_id>101</wp:comment_id>
      <wp:comment_author><![CDATA[Siti Nurhaliza]]></wp:comment_author>
      <wp:comment_author_email>siti@kabar.example</wp:comment_author_email>
      <wp:comment_author_url>https://siti.example</wp:comment_author_url>
      <wp:comment_author_IP>203.0.113.5</wp:comment_author_IP>
      <wp:comment_date_gmt>2023-03-01 08:00:00</wp:comment_date_gmt>
      <wp:comment_content><![CDATA[Di pasar kami naik dua ribu per kilo.]]></wp:comment_content>
      <wp:comment_approved>1</wp:comment_approved>
      <wp:comment_type>comment</wp:comment_type>
      <wp:comment_parent>0</wp:comment_parent>
    </wp:comment>
    <wp:comment>
      <wp:comment_id>103</wp:comment_id>
      <wp:comment_author><![CDATA[José Ñúñez]]></wp:comment_author>
      <wp:comment_author_email>jose@kabar.example</wp:comment_author_email>
      <wp:comment_date_gmt>2023-03-01 10:00:00</wp:comment_date_gmt>
      <wp:comment_content><![CDATA[Balasan untuk balasan: setuju.]]></wp:comment_content>
      <wp:comment_approved>1</wp:comment_approved>
      <wp:comment_parent>102</wp:comment_parent>
    </wp:comment>
    <wp:comment>
      <wp:comment_id>102</wp:comment_id>
      <wp:comment_author><![CDATA[山田太郎]]></wp:comment_author>
      <wp:comment_author_email>yamada@kabar.example</wp:comment_author_email>
      <wp:comment_date_gmt>2023-03-01 09:00:00</wp:comment_date_gmt>
      <wp:comment_content><![CDATA[Di Jepang juga begitu.]]></wp:comment_content>
      <wp:comment_approved>1</wp:comment_approved>
      <wp:comment_parent>101</wp:comment_parent>
    </wp:comment>
    <wp:comment>
      <wp:comment_id>104</wp:comment_id>
      <wp:comment_author><![CDATA[Menunggu]]></wp:comment_author>
      <wp:comment_author_email>tunggu@kabar.example</wp:comment_author_email>
      <wp:comment_date_gmt>2023-03-02 08:00:00</wp:comment_date_gmt>
      <wp:comment_content><![CDATA[Belum disetujui moderator.]]></wp:comment_content>
      <wp:comment_approved>0</wp:comment_approved>
      <wp:comment_parent>0</wp:comment_parent>
    </wp:comment>
    <wp:comment>
      <wp:comment_id>105</wp:comment_id>
      <wp:comment_author><![CDATA[JP Hoki]]></wp:comment_author>
      <wp:comment_author_email>hoki@spam.example</wp:comment_author_email>
      <wp:comment_date_gmt>2023-03-02 09:00:00</wp:comment_date_gmt>
      <wp:comment_content><![CDATA[Main di situs hoki kami, bonus tiap hari.]]></wp:comment_content>
      <wp:comment_approved>spam</wp:comment_approved>
      <wp:comment_parent>0</wp:comment_parent>
    </wp:comment>
    <wp:comment>
      <wp:comment_id>106</wp:comment_id>
      <wp:comment_author><![CDATA[Dibuang]]></wp:comment_author>
      <wp:comment_author_email>buang@kabar.example</wp:comment_author_email>
      <wp:comment_date_gmt>2023-03-02 10:00:00</wp:comment_date_gmt>
      <wp:comment_content><![CDATA[Komentar yang sudah dibuang.]]></wp:comment_content>
      <wp:comment_approved>trash</wp:comment_approved>
      <wp:comment_parent>0</wp:comment_parent>
    </wp:comment>
    <wp:comment>
      <wp:comment_id>107</wp:comment_id>
      <wp:comment_author><![CDATA[Blog Lain]]></wp:comment_author>
      <wp:comment_date_gmt>2023-03-03 10:00:00</wp:comment_date_gmt>
      <wp:comment_content><![CDATA[Artikel ini disebut di blog kami.]]></wp:comment_content>
      <wp:comment_approved>1</wp:comment_approved>
      <wp:comment_type>pingback</wp:comment_type>
    </wp:comment>
    <wp:comment>
      <wp:comment_id>108</wp:comment_id>
      <wp:comment_author><![CDATA[Trek]]></wp:comment_author>
      <wp:comment_date_gmt>2023-03-03 11:00:00</wp:comment_date_gmt>
      <wp:comment_content><![CDATA[Trackback dari situs lain.]]></wp:comment_content>
      <wp:comment_approved>1</wp:comment_approved>
      <wp:comment_type>trackback</wp:comment_type>
    </wp:comment>
    <wp:comment>
      <wp:comment_id>109</wp:comment_id>
      <wp:comment_author><![CDATA[Aneh]]></wp:comment_author>
      <wp:comment_date_gmt>2023-03-03 12:00:00</wp:comment_date_gmt>
      <wp:comment_content><![CDATA[Status yang tidak dikenal.]]></wp:comment_content>
      <wp:comment_approved>maybe</wp:comment_approved>
    </wp:comment>
    <wp:comment>
      <wp:comment_author><![CDATA[Tanpa Nomor]]></wp:comment_author>
      <wp:comment_content><![CDATA[Komentar tanpa comment_id.]]></wp:comment_content>
      <wp:comment_approved>1</wp:comment_approved>
    </wp:comment>
  </item>
  <item>
    <title>Jalan Desa Ditutup untuk Perbaikan</title>
    <link>https://kabar.example/jalan-desa</link>
    <wp:post_id>12</wp:post_id>
    <wp:post_name>jalan-desa</wp:post_name>
    <wp:post_type>post</wp:post_type>
    <wp:comment_status>closed</wp:comment_status>
    <wp:comment>
      <wp:comment_id>201</wp:comment_id>
      <wp:comment_author><![CDATA[Đặng Văn Lâm]]></wp:comment_author>
      <wp:comment_author_email>dang@kabar.example</wp:comment_author_email>
      <wp:comment_date_gmt>2022-11-10 07:30:00</wp:comment_date_gmt>
      <wp:comment_content><![CDATA[Semoga cepat, <b>anak-anak</b> memutar.]]></wp:comment_content>
      <wp:comment_approved>1</wp:comment_approved>
    </wp:comment>
  </item>
  <item>
    <title>Logo baru</title>
    <wp:post_id>13</wp:post_id>
    <wp:post_name>logo-baru</wp:post_name>
    <wp:post_type>attachment</wp:post_type>
  </item>
</channel>
</rss>
"""

DISQUS = """<?xml version="1.0" encoding="utf-8"?>
<disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals">
  <category dsq:id="1"><forum>kabar</forum><title>General</title></category>
  <thread dsq:id="9001">
    <id>pasar-malam</id>
    <forum>kabar</forum>
    <category dsq:id="1"/>
    <link>https://kabar.example/pasar-malam</link>
    <title>Pasar Malam Kembali Dibuka</title>
    <createdAt>2021-05-01T10:00:00Z</createdAt>
    <isClosed>false</isClosed>
  </thread>
  <thread dsq:id="9002">
    <id></id>
    <link>https://kabar.example/?p=77</link>
    <title>Arsip Lama</title>
    <isClosed>true</isClosed>
  </thread>
  <post dsq:id="501">
    <message><![CDATA[<p>Akhirnya buka lagi!</p><p>Sampai jumpa di sana.</p>]]></message>
    <createdAt>2021-05-01T11:00:00Z</createdAt>
    <isDeleted>false</isDeleted>
    <isSpam>false</isSpam>
    <author><email>ani@kabar.example</email><name>Ani Ö'Brien</name></author>
    <ipAddress>198.51.100.61</ipAddress>
    <thread dsq:id="9001"/>
  </post>
  <post dsq:id="503">
    <message><![CDATA[<p>Balasan dari balasan &amp; terima kasih.</p>]]></message>
    <createdAt>2021-05-01T13:00:00Z</createdAt>
    <author><email>citra@kabar.example</email><name>Çitra</name></author>
    <thread dsq:id="9001"/>
    <parent dsq:id="502"/>
  </post>
  <post dsq:id="502">
    <message><![CDATA[Sama, sudah kangen.]]></message>
    <createdAt>2021-05-01T12:00:00Z</createdAt>
    <author><email>budi@kabar.example</email><name>Budi</name></author>
    <thread dsq:id="9001"/>
    <parent dsq:id="501"/>
  </post>
  <post dsq:id="504">
    <message><![CDATA[Cuan tiap hari di situs kami]]></message>
    <createdAt>2021-05-02T12:00:00Z</createdAt>
    <isSpam>true</isSpam>
    <author><email>spam@spam.example</email><name>Promo</name></author>
    <thread dsq:id="9001"/>
  </post>
  <post dsq:id="505">
    <message><![CDATA[Dihapus penulisnya.]]></message>
    <createdAt>2021-05-02T13:00:00Z</createdAt>
    <isDeleted>true</isDeleted>
    <author><email>hapus@kabar.example</email><name>Hapus</name></author>
    <thread dsq:id="9001"/>
  </post>
  <post dsq:id="506">
    <message><![CDATA[Menunggu persetujuan.]]></message>
    <createdAt>2021-05-02T14:00:00Z</createdAt>
    <isApproved>false</isApproved>
    <author><email>tunggu@kabar.example</email><name>Tunggu</name></author>
    <thread dsq:id="9002"/>
  </post>
  <post dsq:id="507">
    <message><![CDATA[Untuk utas yang tidak ada.]]></message>
    <thread dsq:id="424242"/>
  </post>
</disqus>
"""
