<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>BestCurves</name>
    <message>
        <location filename="../../ui/lessons/search_views.py" line="165"/>
        <source>The best trials so far, numbered by rank as in the book&apos;s Fig. 6-24: accuracy per epoch on &lt;span style=&apos;color:%1&apos;&gt;━ validation&lt;/span&gt; and &lt;span style=&apos;color:%2&apos;&gt;╌ training&lt;/span&gt; data; after the rank, the final validation accuracy.</source>
        <translation>ここまでの上位の試行を、本の図 6-24 と同じく順位の番号つきで並べています。エポックごとの&lt;span style=&apos;color:%1&apos;&gt;━ 検証データ&lt;/span&gt;と&lt;span style=&apos;color:%2&apos;&gt;╌ 訓練データ&lt;/span&gt;の認識精度です。順位の後ろの数値は最終的な検証精度です。</translation>
    </message>
</context>
<context>
    <name>HyperparameterSearchWidget</name>
    <message>
        <location filename="../../ui/lessons/hyperparameter_search.py" line="32"/>
        <source>Validation data</source>
        <translation>検証データ</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/hyperparameter_search.py" line="33"/>
        <source>Random search</source>
        <translation>ランダム探索</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/hyperparameter_search.py" line="34"/>
        <source>Best trials&apos; curves</source>
        <translation>上位の試行の学習曲線</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <location filename="../../ui/lessons/hyperparameter_search.py" line="53"/>
        <source>Validation data and hyperparameter search</source>
        <translation>検証データとハイパーパラメータの探索</translation>
    </message>
</context>
<context>
    <name>RankedTable</name>
    <message>
        <location filename="../../ui/lessons/search_table.py" line="21"/>
        <source>Validation</source>
        <translation>検証精度</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/search_table.py" line="23"/>
        <source>Training</source>
        <translation>訓練精度</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/search_table.py" line="25"/>
        <source>Learning rate</source>
        <translation>学習係数</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/search_table.py" line="26"/>
        <source>λ (decay)</source>
        <translation>λ(荷重減衰)</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/search_table.py" line="28"/>
        <source>Trial</source>
        <translation>試行</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/search_table.py" line="20"/>
        <source>Rank by validation accuracy</source>
        <translation>検証精度による順位</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/search_table.py" line="27"/>
        <source>Weight decay λ (L2)</source>
        <translation>Weight decay の強さ λ(L2)</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/search_table.py" line="29"/>
        <source>Trials are numbered in the order they ran</source>
        <translation>試行の番号は実行した順です</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/search_table.py" line="22"/>
        <source>Validation accuracy after the last epoch</source>
        <translation>最後のエポックのあとの検証データの認識精度</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/search_table.py" line="24"/>
        <source>Training accuracy after the last epoch</source>
        <translation>最後のエポックのあとの訓練データの認識精度</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/search_table.py" line="67"/>
        <source>diverged</source>
        <translation>発散</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ui/lessons/search_panel.py" line="146"/>
        <source>Trials:</source>
        <translation>試行回数:</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/search_panel.py" line="146"/>
        <source>Epochs per trial:</source>
        <translation>1 試行のエポック数:</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/search_panel.py" line="147"/>
        <source>Trials to narrow to:</source>
        <translation>絞り込みに使う上位の数:</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/search_panel.py" line="149"/>
        <source>Search</source>
        <translation>探索</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/search_panel.py" line="150"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/search_panel.py" line="151"/>
        <source>Narrow the ranges</source>
        <translation>範囲を絞り込む</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/search_panel.py" line="152"/>
        <source>The next search draws from the ranges around the best trials (red points)</source>
        <translation>次の探索では、上位の試行(赤い点)のまわりの範囲から値を選びます</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/search_panel.py" line="154"/>
        <source>Book&apos;s ranges</source>
        <translation>本の範囲</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/search_panel.py" line="155"/>
        <source>Test the best trial</source>
        <translation>最良の試行をテストする</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/search_panel.py" line="156"/>
        <source>Measure the chosen network on the test data, once, after the search has chosen it</source>
        <translation>探索で選んだネットワークを、選び終えたあとで一度だけテストデータで測ります</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/search_panel.py" line="158"/>
        <source>Learning rate 10^-6 … 10^-2, weight decay 10^-8 … 10^-4</source>
        <translation>学習係数 10^-6 … 10^-2、Weight decay 10^-8 … 10^-4</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/search_panel.py" line="180"/>
        <source>Each trial trains a new network (hidden layers %1, ReLU, He initial weights) with SGD, batch %2, on the training part of the split, and is ranked by its validation accuracy. Data: %3.</source>
        <translation>各試行では、新しいネットワーク(隠れ層 %1、ReLU、He の初期値)を、分けたデータの訓練側で SGD(バッチ %2)により学習させ、検証データでの認識精度で順位をつけます。データ:%3。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/search_panel.py" line="187"/>
        <source>the book&apos;s ranges</source>
        <translation>本の範囲</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/search_panel.py" line="188"/>
        <source>narrowed to the best %1 trials</source>
        <translation>上位 %1 回の試行に絞り込み済み</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/search_panel.py" line="189"/>
        <source>Next search: learning rate %1, weight decay λ %2 (%3)</source>
        <translation>次の探索:学習係数 %1、Weight decay λ %2(%3)</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/search_panel.py" line="201"/>
        <source>Run a search first: there is no finished trial to narrow the ranges to.</source>
        <translation>先に探索を実行してください。絞り込みの手がかりになる、終わった試行がまだありません。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/search_panel.py" line="227"/>
        <source>No data to search on.</source>
        <translation>探索に使うデータがありません。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/search_panel.py" line="280"/>
        <source>Trial %1 (validation accuracy %2) on the %3 test images: %4. Measured once, after the choice, this is the estimate for images the network has never seen.</source>
        <translation>試行 %1(検証精度 %2)の %3 枚のテスト画像での認識精度:%4。選び終えたあとで一度だけ測ったこの値が、初めて見る画像に対する見積もりです。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/search_panel.py" line="297"/>
        <source> Best so far: validation accuracy %1 (learning rate %2, weight decay %3).</source>
        <translation>ここまでの最高:検証精度 %1(学習係数 %2、Weight decay %3)。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/search_panel.py" line="301"/>
        <source>The search stopped with an error: %1</source>
        <translation>エラーのため探索が止まりました:%1</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/search_panel.py" line="303"/>
        <source>Trial %1 of %2 running…</source>
        <translation>試行 %1 / %2 を実行中…</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/search_panel.py" line="307"/>
        <source>Cancelled after %1 trials.</source>
        <translation>%1 回の試行のあとでキャンセルしました。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/search_panel.py" line="309"/>
        <source>%1 trials in %2 s.</source>
        <translation>%1 回の試行を %2 秒で終えました。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/search_panel.py" line="312"/>
        <source>Press Search to start the book&apos;s random search.</source>
        <translation>「探索」を押すと、本と同じランダム探索を始めます。</translation>
    </message>
</context>
<context>
    <name>TrialScatter</name>
    <message>
        <location filename="../../ui/lessons/search_views.py" line="76"/>
        <source>learning rate</source>
        <translation>学習係数</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/search_views.py" line="77"/>
        <source>weight decay λ</source>
        <translation>Weight decay λ</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/search_views.py" line="78"/>
        <source>validation accuracy</source>
        <translation>検証精度</translation>
    </message>
</context>
<context>
    <name>ValidationSplitView</name>
    <message>
        <location filename="../../ui/lessons/validation_split_view.py" line="90"/>
        <source>The search may look only at training data. The book takes the first 500 training images, shuffles them and sets a share aside as validation data: each trial learns from the rest and is judged on the validation images. The test images are kept for the very end.</source>
        <translation>探索に使ってよいのは訓練データだけです。本では訓練画像の先頭 500 枚をシャッフルし、その一部を検証データとして取り分けます。各試行は残りの画像で学習し、検証画像で評価されます。テスト画像は最後まで取っておきます。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/validation_split_view.py" line="94"/>
        <source>Validation share:</source>
        <translation>検証データの割合:</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/validation_split_view.py" line="95"/>
        <source>Seed:</source>
        <translation>シード:</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/validation_split_view.py" line="96"/>
        <source>Used by the next search; a search already running keeps its split</source>
        <translation>次の探索から使われます。実行中の探索は、始めたときの分け方のままです</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/validation_split_view.py" line="98"/>
        <source>Chooses the split and every trial&apos;s random values. %1</source>
        <translation>データの分け方と、各試行の乱数をすべて決めます。%1</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/validation_split_view.py" line="100"/>
        <source>images</source>
        <translation>画像の枚数</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/validation_split_view.py" line="101"/>
        <source>Images of each class: training (blue) and validation (orange)</source>
        <translation>クラスごとの画像の枚数:訓練(青)と検証(オレンジ)</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/validation_split_view.py" line="103"/>
        <source>class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/validation_split_view.py" line="154"/>
        <source>training data (%1)</source>
        <translation>訓練データ(%1 枚)</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/validation_split_view.py" line="155"/>
        <source>test data (%1)</source>
        <translation>テストデータ(%1 枚)</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/validation_split_view.py" line="157"/>
        <source>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; %2 images train each trial, &lt;span style=&apos;color:%3&apos;&gt;■&lt;/span&gt; %4 validation images rank the trials, &lt;span style=&apos;color:%5&apos;&gt;■&lt;/span&gt; %6 test images are not used by the search.</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; %2 枚で各試行を学習し、&lt;span style=&apos;color:%3&apos;&gt;■&lt;/span&gt; %4 枚の検証画像で試行に順位をつけます。&lt;span style=&apos;color:%5&apos;&gt;■&lt;/span&gt; %6 枚のテスト画像は探索では使いません。</translation>
    </message>
</context>
</TS>
