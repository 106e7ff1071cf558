<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../ui/logging_setup.py" line="172"/>
        <source>nnlab — unexpected error</source>
        <translation>nnlab — 予期しないエラー</translation>
    </message>
    <message>
        <location filename="../../ui/logging_setup.py" line="173"/>
        <source>Something went wrong, but nnlab is still running.</source>
        <translation>問題が発生しましたが、nnlab は動作を続けています。</translation>
    </message>
    <message>
        <location filename="../../ui/logging_setup.py" line="176"/>
        <source>Details were written to the log file:</source>
        <translation>詳しい情報はログファイルに書き込まれました:</translation>
    </message>
</context>
<context>
    <name>LessonErrorPage</name>
    <message>
        <location filename="../../ui/lessons/base.py" line="329"/>
        <source>The lesson “{title}” could not be loaded:</source>
        <translation>レッスン「{title}」を読み込めませんでした:</translation>
    </message>
</context>
<context>
    <name>LessonPage</name>
    <message>
        <location filename="../../ui/lessons/base.py" line="86"/>
        <source>Chapter {chapter}</source>
        <translation>第{chapter}章</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/base.py" line="243"/>
        <source>The interactive part of this lesson could not be built:</source>
        <translation>このレッスンの操作パネルを作成できませんでした:</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/base.py" line="263"/>
        <source>The text of this lesson could not be loaded.</source>
        <translation>このレッスンの本文を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/base.py" line="278"/>
        <source>The check questions of this lesson could not be loaded.</source>
        <translation>このレッスンの確認問題を読み込めませんでした。</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <location filename="../../ui/lessons/__init__.py" line="33"/>
        <source>Perceptron</source>
        <translation>パーセプトロン</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/__init__.py" line="34"/>
        <source>Activation functions</source>
        <translation>活性化関数</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/__init__.py" line="35"/>
        <source>Forward pass</source>
        <translation>ニューラルネットワークの順伝播</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/__init__.py" line="36"/>
        <source>Learning with mini-batches</source>
        <translation>ミニバッチ学習</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/__init__.py" line="38"/>
        <source>Numerical differentiation and the gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lessons/__init__.py" line="40"/>
        <source>Numerical gradient vs backpropagation</source>
        <translation>数値微分と誤差逆伝播法</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/__init__.py" line="42"/>
        <source>Computational graphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lessons/__init__.py" line="43"/>
        <source>Backprop through layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lessons/__init__.py" line="44"/>
        <source>Two-layer network</source>
        <translation>2層ニューラルネットワークの学習</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/__init__.py" line="46"/>
        <source>Optimizers: SGD, Momentum, AdaGrad, Adam</source>
        <translation>最適化手法: SGD・Momentum・AdaGrad・Adam</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/__init__.py" line="48"/>
        <source>Initial weights</source>
        <translation>重みの初期値</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/__init__.py" line="49"/>
        <source>Batch normalization</source>
        <translation>Batch Normalization(バッチ正規化)</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/__init__.py" line="50"/>
        <source>Overfitting and regularisation</source>
        <translation>過学習と正則化</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/__init__.py" line="52"/>
        <source>Validation data and hyperparameter search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="204"/>
        <source>nnlab — Neural networks from scratch</source>
        <translation>nnlab — ゼロから学ぶニューラルネットワーク</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="205"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="207"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209"/>
        <source>&amp;About nnlab</source>
        <translation>nnlab について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210"/>
        <source>Open &amp;log folder</source>
        <translation>ログフォルダーを開く(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211"/>
        <source>&amp;Reset progress…</source>
        <translation>進み具合をリセット(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="212"/>
        <source>← Back</source>
        <translation>← 戻る</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213"/>
        <source>Next →</source>
        <translation>次へ →</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214"/>
        <source>Mark lesson as done</source>
        <translation>このレッスンを完了にする</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215"/>
        <source>Loading the lesson…</source>
        <translation>レッスンを読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216"/>
        <source>Lessons in teaching order; ✓ = completed</source>
        <translation>学ぶ順に並んだレッスン(✓ = 完了)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219"/>
        <source>Ch. {chapter}</source>
        <translation>第{chapter}章</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="235"/>
        <source>Language: {name}</source>
        <translation>言語: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="306"/>
        <source>Lesson {number} of {count}</source>
        <translation>レッスン {number} / {count}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="342"/>
        <source>Well done — lesson completed: {title}</source>
        <translation>よくできました — レッスン完了: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="348"/>
        <source>Reset progress</source>
        <translation>進み具合のリセット</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="349"/>
        <source>Forget all completed lessons and quiz answers?</source>
        <translation>完了したレッスンと確認問題の解答をすべて消去しますか?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="364"/>
        <source>Progress reset.</source>
        <translation>進み具合をリセットしました。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="369"/>
        <source>About nnlab</source>
        <translation>nnlab について</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="374"/>
        <source>&lt;h3&gt;nnlab {version}&lt;/h3&gt;&lt;p&gt;A desktop lab for learning neural networks from scratch, beside the book &lt;i&gt;Deep Learning from Scratch&lt;/i&gt; (chapters 2–6).&lt;/p&gt;&lt;p&gt;The engine is plain NumPy; the window is PySide6 (Qt) with pyqtgraph plots.&lt;/p&gt;&lt;p&gt;License: MIT.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;nnlab {version}&lt;/h3&gt;&lt;p&gt;書籍『ゼロから作るDeep Learning』(第2章〜第6章)と並べて、ニューラルネットワークを一から学ぶためのデスクトップ実験室です。&lt;/p&gt;&lt;p&gt;計算エンジンは NumPy だけで書かれ、画面は PySide6 (Qt) と pyqtgraph のグラフでできています。&lt;/p&gt;&lt;p&gt;ライセンス: MIT&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="380"/>
        <source>&lt;p&gt;Bundled data: the MNIST test set (10,000 digits; Y. LeCun, C. Cortes, C. J. C. Burges; CC BY-SA 3.0), the 8×8 digits (E. Alpaydin, C. Kaynak, UCI; CC BY 4.0) and the trained weights of the book&apos;s §3.6 (sample_weight.pkl from oreilly-japan/deep-learning-from-scratch; MIT, © 2016 Koki Saitoh). The licence files are beside the data in resources/.&lt;/p&gt;</source>
        <translation>&lt;p&gt;同梱データ: MNIST のテストデータ(1 万枚。Y. LeCun、C. Cortes、C. J. C. Burges。CC BY-SA 3.0)、8×8 の手書き数字(E. Alpaydin、C. Kaynak、UCI。CC BY 4.0)、本の §3.6 の学習済みの重み(oreilly-japan/deep-learning-from-scratch の sample_weight.pkl。MIT ライセンス、© 2016 Koki Saitoh)。ライセンスのファイルは resources/ のデータの隣にあります。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="385"/>
        <source>&lt;p&gt;Data sets: the offline 8×8 digits are UCI optdigits (E. Alpaydin, C. Kaynak; CC BY 4.0); Fashion-MNIST is by H. Xiao, K. Rasul and R. Vollgraf (Zalando Research; MIT licence). Your own images are read with Pillow (MIT-CMU licence); your runs are kept with SQLite (public domain).&lt;/p&gt;</source>
        <translation>&lt;p&gt;データセット: オフラインの 8×8 数字は UCI optdigits (E. Alpaydin、C. Kaynak。CC BY 4.0)、Fashion-MNIST は H. Xiao、K. Rasul、R. Vollgraf (Zalando Research。MIT ライセンス) によるものです。自分の画像の読み込みには Pillow (MIT-CMU ライセンス)、実行の保存には SQLite (パブリックドメイン) を使っています。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="398"/>
        <source>Could not open the log folder: {path}</source>
        <translation>ログフォルダーを開けませんでした: {path}</translation>
    </message>
</context>
<context>
    <name>QuizWidget</name>
    <message>
        <location filename="../../ui/widgets/quiz.py" line="155"/>
        <source>Correct!</source>
        <translation>正解です!</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quiz.py" line="157"/>
        <source>Not quite — try another answer.</source>
        <translation>惜しい — 別の答えを選んでみましょう。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quiz.py" line="200"/>
        <source>Check your understanding</source>
        <translation>理解度チェック</translation>
    </message>
</context>
</TS>
