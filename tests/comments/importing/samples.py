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
