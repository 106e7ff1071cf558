<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>RunNotes</name>
    <message>
        <source>“%1” stopped after %2 iterations: too short to tell whether it learns. Let it run for at least %3 iterations.</source>
        <translation>「%1」は %2 イテレーションで止まりました。学習できているかを判断するには短すぎます。少なくとも %3 イテレーションは続けてみましょう。</translation>
    </message>
    <message>
        <source>“%1” learned only a little: test accuracy %2 % (guessing: %3 %). The network may be too small for this data, or the run too short: try more hidden neurons or more iterations.</source>
        <translation>「%1」は少ししか学習できていません。テスト認識精度は %2%(当てずっぽうなら %3%)です。このデータに対してネットワークが小さすぎるか、学習が短すぎる可能性があります。隠れ層のニューロンかイテレーション数を増やしてみましょう。</translation>
    </message>
</context>
<context>
    <name>TwoLayerNetLesson</name>
    <message>
        <source>too short to judge</source>
        <translation>短すぎて判断できない</translation>
    </message>
    <message>
        <source>learned a little</source>
        <translation>少しだけ学習</translation>
    </message>
    <message>
        <source>Data: the offline 8×8 digits (MNIST is not on this computer yet), so the network is %1.</source>
        <translation>データ: オフラインの 8×8 数字データ(MNIST はまだこのコンピュータにありません)。そのためネットワークは %1 です。</translation>
    </message>
</context>
</TS>
